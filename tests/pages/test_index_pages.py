"""Index pages: newest first, paginated, filtered by leader and year, with WITA calendar boundaries."""

import datetime

import pytest
from django.utils import timezone

from core import dates

UTC = datetime.timezone.utc


@pytest.fixture
def stories(make_leader, make_activity):
    isran = make_leader("Isran Noor")
    rudy = make_leader("Rudy Mas'ud")
    return {
        "old": make_activity("Peresmian jembatan 2019", event_date=datetime.date(2019, 3, 3), leaders=[isran]),
        "new": make_activity("Rapat koordinasi 2025", event_date=datetime.date(2025, 3, 7), leaders=[rudy]),
        "undated": make_activity("Kegiatan tanpa tanggal", event_date=None, leaders=[rudy]),
        "isran": isran,
        "rudy": rudy,
    }


def titles(response):
    return [entry.title for entry in response.context["entries"]]


@pytest.mark.django_db
def test_index_lists_newest_first_undated_last(client, site_tree, stories):
    response = client.get(site_tree.activities.url)

    assert titles(response) == ["Rapat koordinasi 2025", "Peresmian jembatan 2019", "Kegiatan tanpa tanggal"]


@pytest.mark.django_db
def test_index_filters_by_leader_and_year(client, site_tree, stories):
    by_leader = client.get(site_tree.activities.url, {"leader": stories["isran"].slug})
    by_year = client.get(site_tree.activities.url, {"year": "2025"})
    both = client.get(site_tree.activities.url, {"leader": stories["rudy"].slug, "year": "2019"})

    assert titles(by_leader) == ["Peresmian jembatan 2019"]
    assert titles(by_year) == ["Rapat koordinasi 2025"]
    assert titles(both) == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {"year": "dua ribu"},
        {"year": "99999999999999999999"},
        {"leader": "tidak-ada"},
        {"page": "-1"},
        {"page": "abc"},
        {"page": "99999"},
        {"year": "2025'; DROP TABLE wagtailcore_page;--"},
        {"leader": "\x00"},
    ],
)
def test_index_rejects_bad_filters_gracefully(client, site_tree, stories, params):
    response = client.get(site_tree.activities.url, params)

    assert response.status_code == 200
    if "page" not in params:
        assert "tidak dikenali" in response.content.decode() or "not recognised" in response.content.decode()


@pytest.mark.django_db
def test_index_paginates(client, site_tree, make_activity):
    for day in range(1, 15):
        make_activity(f"Kegiatan hari ke-{day}", event_date=datetime.date(2025, 1, day))

    first = client.get(site_tree.activities.url)
    second = client.get(site_tree.activities.url, {"page": "2"})

    assert len(first.context["entries"]) == 12
    assert titles(second) == ["Kegiatan hari ke-2", "Kegiatan hari ke-1"]


def test_local_today_after_wita_midnight(monkeypatch):
    # 16:30 UTC on 31 December is 00:30 WITA on 1 January.
    monkeypatch.setattr(timezone, "now", lambda: datetime.datetime(2025, 12, 31, 16, 30, tzinfo=UTC))

    assert dates.local_today() == datetime.date(2026, 1, 1)


@pytest.mark.django_db
def test_home_office_holders_use_wita_today(monkeypatch, make_leader, make_office, site_tree):
    from leaders.models import Term

    office = make_office("Gubernur", rank=10)
    outgoing = make_leader("Akmal Malik")
    incoming = make_leader("Rudy Mas'ud")
    Term.objects.create(office=office, leader=outgoing, kind="pj", start_date=datetime.date(2023, 10, 2),
                        end_date=datetime.date(2025, 2, 19))
    Term.objects.create(office=office, leader=incoming, start_date=datetime.date(2025, 2, 20))
    # 17:00 UTC on 19 February is 01:00 WITA on 20 February: the new governor is in office.
    monkeypatch.setattr(timezone, "now", lambda: datetime.datetime(2025, 2, 19, 17, 0, tzinfo=UTC))

    holders = site_tree.home.specific.current_office_holders()

    assert [term.leader.title for _, terms in holders for term in terms] == ["Rudy Mas'ud"]


@pytest.mark.django_db
def test_leader_filter_lists_each_speech_once(client, site_tree, make_leader, make_speech):
    from speeches.models import SpeechLeader

    rudy = make_leader("Rudy Mas'ud")
    seno = make_leader("Seno Aji")
    speech = make_speech("Sambutan pada Rapat Paripurna", speaker=rudy)
    speech.leader_links.add(SpeechLeader(leader=rudy))
    speech.leader_links.add(SpeechLeader(leader=seno))
    speech.save_revision().publish()
    make_speech("Sambutan Wakil Gubernur", speaker=seno)

    response = client.get(site_tree.speeches.url, {"leader": rudy.slug})
    profile = client.get(rudy.url)

    assert titles(response) == ["Sambutan pada Rapat Paripurna"]
    assert [entry.title for entry in profile.context["archive"]["speeches"].latest] == ["Sambutan pada Rapat Paripurna"]


@pytest.mark.django_db
def test_related_stories_list_each_story_once(client, make_leader, make_activity):
    from topics.models import Topic

    rudy = make_leader("Rudy Mas'ud")
    seno = make_leader("Seno Aji")
    topic = Topic.objects.create(name="Infrastruktur")
    story = make_activity("Peninjauan jembatan", leaders=[rudy, seno])
    other = make_activity("Peresmian jalan", leaders=[rudy, seno])
    for page in (story, other):
        page.topics.add(topic)
        page.save_revision().publish()

    response = client.get(story.url)

    assert [related.title for related in response.context["related_stories"]] == ["Peresmian jalan"]
