"""Import of the whole Kaltim corpus (read from the shared folder at test time)."""

import datetime
import html
import re

import pytest
from wagtail.models import Page, Revision

from activities.models import ActivityPage
from archive.models import ImportedRecord
from archive.records import PARAGRAPH_BREAK
from leaders.models import LeaderPage, Office, Term, TermKind
from regions.models import Region
from speeches.models import SpeechPage

from .conftest import run_import

pytestmark = [pytest.mark.corpus, pytest.mark.django_db]

OFFICE_SLUGS = {"Gubernur": "gubernur", "Wakil Gubernur": "wakil-gubernur", "Sekretaris Daerah": "sekretaris-daerah"}
KIND_PREFIXES = {"Pj": TermKind.PJ, "Plt": TermKind.PLT, "Plh": TermKind.PLH}


def page_for(record):
    model = SpeechPage if record["kind"] == "speech" else ActivityPage
    return model.objects.get(source_url=record["source_url"])


def paragraphs(body):
    return [part.strip() for part in PARAGRAPH_BREAK.split(body.strip()) if part.strip()]


def plain_text(paragraph_html):
    text = paragraph_html.removeprefix("<p>").removesuffix("</p>").replace("<br/>", "\n")
    assert not re.search(r"<[a-z]", text), text
    return html.unescape(text)


def test_corpus_creates_one_page_per_record(corpus_import, corpus_records):
    assert len(corpus_records) == 181
    assert ActivityPage.objects.count() == 163
    assert SpeechPage.objects.count() == 18
    assert not ActivityPage.objects.not_live().exists()
    assert not SpeechPage.objects.not_live().exists()
    assert ImportedRecord.objects.count() == 181
    for record in corpus_records:
        assert page_for(record).title == record["title"]


def test_corpus_report_counts(corpus_import, corpus_records):
    undated = sum(1 for record in corpus_records if record["date"] is None)

    assert "Catatan arsip: 181 dibuat, 0 diperbarui, 0 tidak berubah, 0 ditolak" in corpus_import.stdout
    assert f"{undated} ditandai untuk diperiksa" in corpus_import.stdout
    assert "Pimpinan: 15 dibuat" in corpus_import.stdout
    assert "Diproses 25 dari 181 baris" in corpus_import.stderr
    assert "Diproses 181 dari 181 baris" in corpus_import.stderr


def test_corpus_dates_set_or_flagged(corpus_import, corpus_records):
    for record in corpus_records:
        page = page_for(record)
        if record["date"]:
            assert page.event_date == datetime.date.fromisoformat(record["date"]), record["id"]
            assert not page.needs_review, record["id"]
        else:
            assert page.event_date is None, record["id"]
            assert page.needs_review, record["id"]
            assert "tidak mencantumkan tanggal" in page.review_note, record["id"]


def test_corpus_review_note_shows_derived_title_and_excerpt(corpus_import, corpus_records):
    for record in corpus_records:
        note = page_for(record).review_note
        assert ("Judul disusun" in note) == bool(record.get("title_derived")), record["id"]
        assert ("bagian awal artikel" in note) == bool(record.get("excerpt_only")), record["id"]


def test_corpus_places_map_to_regions(corpus_import, corpus_records):
    for record in corpus_records:
        places = [part.strip() for part in (record["place"] or "").split(",") if part.strip()]
        regions = list(page_for(record).regions.all())
        assert len(regions) <= len(places), record["id"]
        for place in places:
            names = [{region.name.casefold(), *map(str.casefold, region.alias_list())} for region in regions]
            assert any(place.casefold() in keys for keys in names), (record["id"], place)


def test_corpus_unknown_place_becomes_other_region(corpus_import):
    jakarta = Region.objects.get(name="Jakarta")

    assert jakarta.kind == Region.Kind.OTHER
    assert not jakarta.in_province
    assert Region.objects.filter(in_province=True).count() == 10


def test_corpus_alias_place_uses_seeded_region(corpus_import, corpus_records):
    record = next(r for r in corpus_records if r["place"] and "Tenggarong" in r["place"])

    names = [region.name for region in page_for(record).regions.all()]

    assert names == ["Kutai Kartanegara"]
    assert not Region.objects.filter(name__iexact="Tenggarong").exists()


def test_corpus_activity_leaders_linked(corpus_import, corpus_records):
    for record in corpus_records:
        if record["kind"] != "activity":
            continue
        links = [(link.leader.title, link.role_as_written) for link in page_for(record).leader_links.all()]
        assert links == [(leader["name"], leader["role"] or "") for leader in record["leaders"]], record["id"]


def test_corpus_leader_links_keep_record_order(corpus_import):
    from activities.models import ActivityLeader
    from speeches.models import SpeechLeader

    # Without a sort order PostgreSQL may return a story's leaders in any order.
    assert not ActivityLeader.objects.filter(sort_order=None).exists()
    assert not SpeechLeader.objects.filter(sort_order=None).exists()


def test_corpus_speech_speaker_and_others(corpus_import, corpus_records):
    for record in corpus_records:
        if record["kind"] != "speech":
            continue
        page = page_for(record)
        first, *others = record["leaders"]
        assert page.speaker.title == first["name"], record["id"]
        assert page.speaker_role == (first["role"] or ""), record["id"]
        links = [(link.leader.title, link.role_as_written) for link in page.leader_links.all()]
        assert links == [(leader["name"], leader["role"] or "") for leader in others], record["id"]


def test_corpus_speech_text_is_paragraph_blocks(corpus_import, corpus_records):
    for record in corpus_records:
        if record["kind"] != "speech":
            continue
        blocks = list(page_for(record).text)
        assert [block.block_type for block in blocks] == ["paragraph"] * len(blocks), record["id"]
        assert [block.value for block in blocks] == paragraphs(record["body"]), record["id"]


def test_corpus_activity_body_is_escaped_paragraphs(corpus_import, corpus_records):
    for record in corpus_records:
        if record["kind"] != "activity":
            continue
        raw = page_for(record).body.raw_data
        assert [block["type"] for block in raw] == ["paragraph"] * len(raw), record["id"]
        texts = [plain_text(block["value"]) for block in raw]
        expected = ["\n".join(line.strip() for line in p.splitlines() if line.strip()) for p in paragraphs(record["body"])]
        assert texts == expected, record["id"]


def test_corpus_leaders_and_terms(corpus_import, corpus_leaders):
    assert LeaderPage.objects.count() == 15
    assert Term.objects.count() == sum(len(entry["roles"]) for entry in corpus_leaders)
    for entry in corpus_leaders:
        leader = LeaderPage.objects.get(title=entry["name"])
        assert leader.live
        for role in entry["roles"]:
            prefix, _, office_name = role["role"].partition(" ")
            kind = KIND_PREFIXES.get(prefix, TermKind.DEFINITIVE)
            office_name = office_name if prefix in KIND_PREFIXES else role["role"]
            term = Term.objects.get(
                leader=leader,
                office__slug=OFFICE_SLUGS[office_name],
                kind=kind,
                start_date=datetime.date(role["from"], 1, 1) if role["from"] else None,
            )
            assert term.end_date == (datetime.date(role["to"], 1, 1) if role["to"] else None)
            assert term.start_precision == term.end_precision == "year"
            assert term.note == (role.get("note") or "")


def test_corpus_governor_on_date_is_isran_noor(corpus_import):
    governor = Office.objects.get(slug="gubernur")

    holders = [term.leader.title for term in governor.holders_on(datetime.date(2019, 3, 3))]

    assert holders == ["Isran Noor"]


def test_corpus_acting_governor_listed_as_holder(corpus_import):
    governor = Office.objects.get(slug="gubernur")

    terms = list(governor.holders_on(datetime.date(2024, 6, 1)))

    assert [(term.leader.title, term.kind) for term in terms] == [
        ("Akmal Malik", TermKind.PJ),
        ("Sri Wahyuni", TermKind.PLH),
    ]


def test_corpus_second_run_changes_nothing(corpus_import, corpus_dir):
    pages_before = Page.objects.count()
    revisions_before = Revision.objects.count()

    second = run_import(corpus_dir / "kaltim-leaders.jsonl", leaders=corpus_dir / "leaders.json")

    assert "Catatan arsip: 0 dibuat, 0 diperbarui, 181 tidak berubah, 0 ditolak" in second.stdout
    assert "Pimpinan: 0 dibuat, 0 diperbarui, 15 tidak berubah" in second.stdout
    assert "Masa jabatan: 0 dibuat, 0 diperbarui, 19 tidak berubah" in second.stdout
    assert "Tidak ada perubahan" in second.stdout
    assert Page.objects.count() == pages_before
    assert Revision.objects.count() == revisions_before
