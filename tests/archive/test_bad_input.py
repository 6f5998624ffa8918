"""Invalid lines, files and leaders.json entries are reported and skipped; nothing is lost."""

import pytest
from django.core.management.base import CommandError
from django.utils import translation

from activities.models import ActivityPage
from leaders.models import LeaderPage, Term
from speeches.models import SpeechPage

from .conftest import make_record, run_import

pytestmark = pytest.mark.django_db


def test_broken_lines_reported_and_good_ones_imported(write_archive):
    path = write_archive(
        [
            make_record(1),
            '{"id": "rusak", "title": "Baris terpotong"',
            make_record(3, title=None),
            "",
            make_record(5, date="2024-13-45"),
            make_record(6, kind="poster"),
            "[1, 2]",
            make_record(8, kind="speech"),
        ]
    )

    result = run_import(path)

    assert "Baris 2: JSON tidak valid" in result.stderr
    assert "Baris 3: Isian title tidak ada atau kosong." in result.stderr
    assert "Baris 4: baris kosong, dilewati." in result.stderr
    assert "Baris 5: Tanggal '2024-13-45' tidak valid" in result.stderr
    assert "Baris 6: Jenis 'poster' tidak dikenal" in result.stderr
    assert "Baris 7: Baris harus berisi objek JSON, bukan daftar." in result.stderr
    assert "Catatan arsip: 2 dibuat, 0 diperbarui, 0 tidak berubah, 5 ditolak" in result.stdout
    assert ActivityPage.objects.get().source_url == make_record(1)["source_url"]
    assert SpeechPage.objects.get().source_url == make_record(8)["source_url"]


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"title": 2024}, "title harus berupa teks, bukan angka."),
        ({"body": ""}, "Isian body tidak ada atau kosong."),
        ({"body": None}, "Isian body tidak ada atau kosong."),
        ({"leaders": "Andi Contoh"}, "leaders harus berupa daftar, bukan teks."),
        ({"leaders": [{"role": "Gubernur"}]}, "Isian name tidak ada atau kosong."),
        ({"leaders": [["Andi Contoh"]]}, "leaders[0] harus berupa objek, bukan daftar."),
        ({"date": 20240506}, "date harus berupa teks, bukan angka."),
        ({"date": "06/05/2024"}, "Tanggal '06/05/2024' tidak valid"),
        ({"excerpt_only": "ya"}, "excerpt_only harus berupa true atau false, bukan teks."),
        ({"source_url": "bukan alamat"}, "Alamat sumber bukan alamat tidak valid."),
        ({"source_url": None}, "Isian source_url tidak ada atau kosong."),
        ({"title": "J" * 256}, "title lebih dari 255 karakter."),
        ({"place": "T" * 121}, "lebih dari 120 karakter."),
    ],
)
def test_wrong_field_rejected_with_reason(write_archive, fields, reason):
    path = write_archive([make_record(1, **fields)])

    result = run_import(path)

    assert "Baris 1: " in result.stderr
    assert reason in result.stderr
    assert "1 ditolak" in result.stdout
    assert not ActivityPage.objects.exists()


def test_invalid_utf8_line_rejected(tmp_path, write_archive):
    path = write_archive([make_record(1)])
    with open(path, "ab") as handle:
        handle.write(b'{"title": "\xff\xfe"}\n')

    result = run_import(path)

    assert "Baris 2: Baris ini bukan teks UTF-8 yang valid." in result.stderr
    assert ActivityPage.objects.count() == 1


def test_bad_record_keeps_existing_page(write_archive):
    run_import(write_archive([make_record(1)], name="awal.jsonl"))
    page = ActivityPage.objects.get()

    result = run_import(write_archive([make_record(1, date="2024-02-30", title="Judul baru")], name="rusak.jsonl"))

    page.refresh_from_db()
    assert "Baris 1: Tanggal '2024-02-30' tidak valid" in result.stderr
    assert page.title == make_record(1)["title"]
    assert page.live


def test_messages_follow_active_language(write_archive):
    path = write_archive(["{oops", make_record(2)])

    with translation.override("en"):
        result = run_import(path)

    assert "Line 1: Invalid JSON" in result.stderr
    assert "Records: 1 created, 0 updated, 0 unchanged, 1 rejected" in result.stdout


def test_missing_archive_file_is_command_error(tmp_path):
    with pytest.raises(CommandError, match="Berkas arsip tidak ditemukan"):
        run_import(tmp_path / "tidak-ada.jsonl")


def test_missing_leaders_file_is_command_error(tmp_path, write_archive):
    path = write_archive([make_record(1)])

    with pytest.raises(CommandError, match="Berkas pimpinan tidak ditemukan"):
        run_import(path, leaders=tmp_path / "tidak-ada.json")

    assert not ActivityPage.objects.exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[{", "bukan JSON yang valid"),
        ('{"name": "Andi Contoh"}', "harus berisi daftar pimpinan"),
        (b"\xff\xfe[]", "tidak dapat dibaca"),
    ],
)
def test_unreadable_leaders_file_is_command_error(tmp_path, write_archive, content, message):
    leaders = tmp_path / "leaders.json"
    if isinstance(content, bytes):
        leaders.write_bytes(content)
    else:
        leaders.write_text(content, encoding="utf-8")

    with pytest.raises(CommandError, match=message):
        run_import(write_archive([make_record(1)]), leaders=leaders)

    assert not ActivityPage.objects.exists()
    assert not LeaderPage.objects.exists()


def test_bad_leaders_entries_reported_rest_imported(write_archive, write_leaders):
    leaders = write_leaders(
        [
            {"name": "Andi Contoh", "roles": [{"role": "Gubernur", "from": 2030, "to": 2035, "note": None}]},
            {"roles": []},
            {"name": "Budi Contoh", "roles": [{"role": "Bupati", "from": 2030, "to": None}]},
            {"name": "Citra Contoh", "roles": [{"role": "Wakil Gubernur", "from": "2030", "to": None}]},
            "Dewi Contoh",
            {"name": "N" * 256, "roles": []},
        ]
    )

    result = run_import(write_archive([make_record(1)]), leaders=leaders)

    assert "Entri leaders.json ke-2: Nama pimpinan tidak ada." in result.stderr
    assert "Entri leaders.json ke-3 (Budi Contoh): Jabatan 'Bupati' tidak dikenal." in result.stderr
    assert "Entri leaders.json ke-4 (Citra Contoh): 'from' harus berupa tahun atau null, bukan 2030." in result.stderr
    assert "Entri leaders.json ke-5: Setiap pimpinan harus berupa objek" in result.stderr
    assert "Entri leaders.json ke-6: Nama lebih dari 255 karakter." in result.stderr
    assert "Pimpinan: 3 dibuat, 0 diperbarui, 0 tidak berubah, 3 ditolak" in result.stdout
    assert Term.objects.get().leader.title == "Andi Contoh"
    assert ActivityPage.objects.count() == 1


def test_overlapping_definitive_terms_rejected(write_archive, write_leaders):
    leaders = write_leaders(
        [
            {"name": "Andi Contoh", "roles": [{"role": "Gubernur", "from": 2030, "to": 2035}]},
            {"name": "Budi Contoh", "roles": [{"role": "Gubernur", "from": 2032, "to": 2037}]},
            {"name": "Citra Contoh", "roles": [{"role": "Pj Gubernur", "from": 2033, "to": 2033}]},
        ]
    )

    result = run_import(write_archive([make_record(1)]), leaders=leaders)

    # The reason comes from Term.clean in the leaders app; it names the clashing term.
    problem = next(line for line in result.stderr.splitlines() if line.startswith("Entri leaders.json ke-2"))
    assert problem.startswith("Entri leaders.json ke-2 (Budi Contoh): Andi Contoh")
    assert "2030 – 2035" in problem
    assert "Masa jabatan: 2 dibuat, 0 diperbarui, 0 tidak berubah, 1 ditolak" in result.stdout
    assert sorted(Term.objects.values_list("leader__title", flat=True)) == ["Andi Contoh", "Citra Contoh"]
