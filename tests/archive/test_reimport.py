"""Re-imports, --dry-run, --as-drafts, and what happens to pages editors have changed."""

import datetime

import pytest
from wagtail.models import Page, Revision

from activities.models import ActivityPage
from archive.models import ImportedRecord
from leaders.models import LeaderPage, Office, Term
from regions.models import Region
from speeches.models import SpeechPage
from topics.models import Topic

from .conftest import make_record, run_import

pytestmark = pytest.mark.django_db

LEADERS = [
    {"name": "Andi Contoh", "roles": [{"role": "Gubernur", "from": 2030, "to": None, "note": "Dilantik 2030."}]},
    {"name": "Budi Contoh", "roles": [{"role": "Plt Sekretaris Daerah", "from": None, "to": 2031}]},
]


def test_dry_run_writes_nothing(write_archive, write_leaders):
    pages_before = Page.objects.count()
    regions_before = Region.objects.count()
    path = write_archive([make_record(1, place="Jakarta"), make_record(2, kind="speech")])

    result = run_import(path, leaders=write_leaders(LEADERS), dry_run=True)

    assert "Uji coba: tidak ada yang disimpan." in result.stdout
    assert "Catatan arsip: 2 dibuat" in result.stdout
    assert "Masa jabatan: 2 dibuat" in result.stdout
    assert Page.objects.count() == pages_before
    assert Region.objects.count() == regions_before
    assert not LeaderPage.objects.exists()
    assert not Term.objects.exists()
    assert not Office.objects.exists()
    assert not ImportedRecord.objects.exists()


def test_dry_run_after_import_reports_unchanged(write_archive):
    path = write_archive([make_record(1)])
    run_import(path)

    result = run_import(path, dry_run=True)

    assert "Catatan arsip: 0 dibuat, 0 diperbarui, 1 tidak berubah" in result.stdout


def test_as_drafts_creates_unpublished_pages(write_archive):
    path = write_archive([make_record(1), make_record(2, kind="speech")])

    run_import(path, as_drafts=True)

    activity = ActivityPage.objects.get()
    speech = SpeechPage.objects.get()
    assert not activity.live
    assert not speech.live
    assert activity.latest_revision is not None
    assert not LeaderPage.objects.get().live


def test_second_run_reports_unchanged(write_archive, write_leaders):
    path = write_archive([make_record(1), make_record(2, kind="speech")])
    leaders = write_leaders(LEADERS)
    run_import(path, leaders=leaders)
    revisions_before = Revision.objects.count()

    result = run_import(path, leaders=leaders)

    assert "Catatan arsip: 0 dibuat, 0 diperbarui, 2 tidak berubah" in result.stdout
    assert "Masa jabatan: 0 dibuat, 0 diperbarui, 2 tidak berubah" in result.stdout
    assert "Tidak ada perubahan" in result.stdout
    assert Revision.objects.count() == revisions_before


def test_changed_term_year_updates_term(write_leaders, write_archive):
    run_import(write_archive([make_record(1)]), leaders=write_leaders(LEADERS))
    changed = [{**LEADERS[0], "roles": [{**LEADERS[0]["roles"][0], "to": 2035}]}]

    result = run_import(write_archive([make_record(1)]), leaders=write_leaders(changed, name="baru.json"))

    term = Term.objects.get(leader__title="Andi Contoh")
    assert "Masa jabatan: 0 dibuat, 1 diperbarui" in result.stdout
    assert term.end_date == datetime.date(2035, 1, 1)
    assert term.note == "Dilantik 2030."


def test_terms_from_leaders_file_only(write_archive):
    record = make_record(1, leaders=[{"name": "Andi Contoh", "role": "Anggota DPR RI"}])

    run_import(write_archive([record]))

    link = ActivityPage.objects.get().leader_links.get()
    assert link.leader.title == "Andi Contoh"
    assert link.role_as_written == "Anggota DPR RI"
    assert not Term.objects.exists()


def test_editor_edit_survives_unchanged_record(write_archive):
    path = write_archive([make_record(1, date=None)])
    run_import(path)
    topic = Topic.objects.create(name="Infrastruktur")
    draft = ActivityPage.objects.get().get_latest_revision_as_object()
    draft.body = [("paragraph", "<p>Teks yang diperbaiki editor.</p>")]
    draft.event_date = datetime.date(2024, 5, 6)
    draft.needs_review = False
    draft.venue = "Jembatan Mahakam"
    draft.topics = [topic]
    draft.save_revision().publish()

    result = run_import(path)

    page = ActivityPage.objects.get()
    assert "Catatan arsip: 0 dibuat, 0 diperbarui, 1 tidak berubah" in result.stdout
    assert page.body.raw_data[0]["value"] == "<p>Teks yang diperbaiki editor.</p>"
    assert page.event_date == datetime.date(2024, 5, 6)
    assert not page.needs_review
    assert page.venue == "Jembatan Mahakam"
    assert list(page.topics.all()) == [topic]


def test_changed_record_keeps_editor_fields(write_archive):
    run_import(write_archive([make_record(1)], name="lama.jsonl"))
    topic = Topic.objects.create(name="Infrastruktur")
    draft = ActivityPage.objects.get().get_latest_revision_as_object()
    draft.venue = "Jembatan Mahakam"
    draft.listing_summary = "Ringkasan dari editor."
    draft.topics = [topic]
    draft.save_revision().publish()

    result = run_import(write_archive([make_record(1, title="Gubernur Meresmikan Jembatan")], name="baru.jsonl"))

    page = ActivityPage.objects.get()
    assert "Catatan arsip: 0 dibuat, 1 diperbarui" in result.stdout
    assert page.title == "Gubernur Meresmikan Jembatan"
    assert page.slug == "gubernur-meninjau-jembatan-nomor-1"
    assert page.venue == "Jembatan Mahakam"
    assert page.listing_summary == "Ringkasan dari editor."
    assert list(page.topics.all()) == [topic]


def test_changed_record_with_same_values_saves_no_revision(write_archive):
    run_import(write_archive([make_record(1)], name="lama.jsonl"))
    revisions_before = Revision.objects.count()

    # A field the import does not use changes the record's fingerprint but no page value.
    result = run_import(write_archive([make_record(1, source_name="situs-lain.go.id")], name="baru.jsonl"))

    assert "Catatan arsip: 0 dibuat, 0 diperbarui, 1 tidak berubah" in result.stdout
    assert Revision.objects.count() == revisions_before


def test_page_without_fingerprint_compared_by_values(write_archive):
    path = write_archive([make_record(1)])
    run_import(path)
    ImportedRecord.objects.all().delete()
    revisions_before = Revision.objects.count()

    result = run_import(path)

    assert "1 tidak berubah" in result.stdout
    assert Revision.objects.count() == revisions_before
    assert ImportedRecord.objects.count() == 1


def test_pending_draft_not_published_by_update(write_archive):
    run_import(write_archive([make_record(1)], name="lama.jsonl"))
    draft = ActivityPage.objects.get().get_latest_revision_as_object()
    draft.venue = "Draf editor"
    draft.save_revision()

    run_import(write_archive([make_record(1, title="Judul dari sumber baru")], name="baru.jsonl"))

    page = ActivityPage.objects.get()
    latest = page.get_latest_revision_as_object()
    assert page.title == make_record(1)["title"]
    assert page.venue == ""
    assert latest.title == "Judul dari sumber baru"
    assert latest.venue == "Draf editor"


def test_kind_change_rejected(write_archive):
    run_import(write_archive([make_record(1)], name="lama.jsonl"))

    result = run_import(write_archive([make_record(1, kind="speech")], name="baru.jsonl"))

    assert "Baris 1: Alamat sumber ini sudah dipakai halaman berjenis lain" in result.stderr
    assert not SpeechPage.objects.exists()


def test_leader_matched_by_other_spelling(write_archive, make_leader):
    existing = make_leader("Rudy Mas'ud", name_variants="Rudi Mas’ud, Harum")
    record = make_record(1, leaders=[{"name": "rudi mas'ud", "role": "Gubernur Kaltim"}])

    run_import(write_archive([record]))

    assert ActivityPage.objects.get().leader_links.get().leader == existing
    assert LeaderPage.objects.count() == 1


def test_places_map_by_alias_and_case(write_archive):
    run_import(write_archive([make_record(1, place="samarinda, Tenggarong, Kukar, Jakarta")]))

    regions = ActivityPage.objects.get().regions.all()

    assert sorted(region.name for region in regions) == ["Jakarta", "Kutai Kartanegara", "Samarinda"]
    assert Region.objects.get(name="Jakarta").kind == Region.Kind.OTHER


def test_body_html_escaped_into_paragraphs(write_archive):
    body = "Dana <b>Rp 5 miliar</b> & \"bantuan\".\nBaris kedua.\n\n\n  Paragraf akhir.  "

    run_import(write_archive([make_record(1, body=body)]))

    values = [block["value"] for block in ActivityPage.objects.get().body.raw_data]
    assert values == [
        "<p>Dana &lt;b&gt;Rp 5 miliar&lt;/b&gt; &amp; &quot;bantuan&quot;.<br/>Baris kedua.</p>",
        "<p>Paragraf akhir.</p>",
    ]


def test_speech_speaker_and_other_leaders(write_archive):
    record = make_record(
        1,
        kind="speech",
        leaders=[
            {"name": "Andi Contoh", "role": "Gubernur Kaltim"},
            {"name": "Budi Contoh", "role": None},
        ],
        body="Assalamualaikum.\n\nHadirin yang saya hormati.",
    )

    run_import(write_archive([record]))

    speech = SpeechPage.objects.get()
    assert speech.speaker.title == "Andi Contoh"
    assert speech.speaker_role == "Gubernur Kaltim"
    assert [(link.leader.title, link.role_as_written) for link in speech.leader_links.all()] == [("Budi Contoh", "")]
    assert [block.value for block in speech.text] == ["Assalamualaikum.", "Hadirin yang saya hormati."]


def test_progress_every_25_lines(write_archive):
    result = run_import(write_archive([make_record(number) for number in range(30)]))

    assert "Diproses 25 dari 30 baris" in result.stderr
    assert "Diproses 30 dari 30 baris" in result.stderr
    assert "Diproses 24 dari 30 baris" not in result.stderr
