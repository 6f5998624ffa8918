"""The speech page's citation: permalink, speaker, title, place, date, address and access date in both languages."""

import datetime

import pytest

from speeches.citation import build_citation

pytestmark = pytest.mark.django_db


@pytest.fixture
def speech(make_leader, make_speech):
    from regions.models import Region

    governor = make_leader("Rudy Mas'ud", full_name="Dr. H. Rudy Mas'ud, S.E., M.E.")
    page = make_speech(
        "Sambutan Gubernur pada Rapat Paripurna DPRD",
        paragraphs=["Assalamualaikum warahmatullahi wabarakatuh.", "Pembangunan harus merata.", "Terima kasih."],
        speaker=governor,
        speaker_role="Gubernur Kalimantan Timur",
        event_name="Rapat Paripurna DPRD Kaltim",
        venue="Gedung B DPRD Kaltim",
        event_date=datetime.date(2025, 3, 7),
    )
    samarinda = Region.objects.filter(name="Samarinda").first() or Region.objects.create(name="Samarinda")
    page.regions.add(samarinda)
    page.save_revision().publish()
    return page


def test_indonesian_citation_names_everything(speech):
    citation = build_citation(speech, "id", "https://contoh.go.id/id/sambutan/x/", [r for r in speech.regions.all()], datetime.date(2026, 12, 4))

    assert citation.text == (
        "Dr. H. Rudy Mas'ud, S.E., M.E., Gubernur Kalimantan Timur. “Sambutan Gubernur pada Rapat Paripurna DPRD”. "
        "Rapat Paripurna DPRD Kaltim, Gedung B DPRD Kaltim, Samarinda, 7 Maret 2025. Potret Pimpinan. "
        "https://contoh.go.id/id/sambutan/x/ (diakses 4 Desember 2026)."
    )


def test_english_citation_uses_english_dates(speech):
    citation = build_citation(speech, "en", "https://example.org/s/", [], datetime.date(2026, 12, 4))

    assert "7 March 2025" in citation.text
    assert citation.text.endswith("https://example.org/s/ (accessed 4 December 2026).")


def test_citation_without_date_or_speaker(make_speech):
    page = make_speech("Amanat Menteri", speaker_role="Inspektur upacara", event_date=None)

    assert build_citation(page, "id", "u", []).text.startswith("Inspektur upacara. “Amanat Menteri”. t.t. Potret Pimpinan.")
    assert "n.d." in build_citation(page, "en", "u", []).text


def test_speech_page_shows_cite_section_and_paragraph_anchors(client, speech):
    html = client.get(speech.url).content.decode()

    assert 'id="cite"' in html
    assert 'lang="id"' in html and 'lang="en"' in html
    assert f"http://localhost{speech.url}" in html
    assert "(diakses " in html
    assert "(accessed " in html
    for number in (1, 2, 3):
        assert f'id="p{number}"' in html
        assert f'href="#p{number}"' in html
    assert "css/print.css" in html
