"""Quote check (Cek kutipan) on fixture speeches and on real corpus sentences."""

import datetime
import json
import os
import random
from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db

CORPUS = Path(os.environ.get("CORPUS_DIR", Path(__file__).resolve().parents[3] / "shared" / "corpus"))


def check(client, quote):
    response = client.get("/id/search/cek-kutipan/", {"quote": quote})
    assert response.status_code == 200
    return response


def test_exact_quote_links_to_paragraph(client, archive):
    response = check(client, "Para pahlawan telah mewariskan semangat persatuan")
    outcome = response.context["outcome"]

    assert [(hit.page.title, hit.anchor) for hit in outcome.exact] == [("Amanat Gubernur pada Hari Pahlawan", "p2")]
    assert f'{archive["pahlawan"].url}#p2'.encode() in response.content
    assert b'datetime="2025-11-10"' in response.content


def test_quote_with_different_case_and_punctuation_matches(client, archive):
    outcome = check(client, "“MARI KITA BANGUN BENUA ETAM, dengan kerja keras!”").context["outcome"]

    assert [hit.anchor for hit in outcome.exact] == ["p3"]


def test_altered_quote_gives_closest_passage(client, archive):
    outcome = check(client, "Para pahlawan sudah mewariskan semangat persatuan yang wajib kita jaga").context["outcome"]

    assert outcome.exact == []
    assert [hit.anchor for hit in outcome.close][:1] == ["p2"]


def test_made_up_quote_is_not_found(client, archive):
    response = check(client, "Kami akan membangun bandara luar angkasa di setiap kecamatan tahun depan")

    assert response.context["outcome"].exact == []
    assert response.context["outcome"].close == []
    assert b'data-quote-result="none"' in response.content


def test_too_short_quote_asks_for_more(client, archive):
    outcome = check(client, "Benua Etam").context["outcome"]

    assert outcome.message
    assert outcome.exact == []


def test_quote_from_draft_is_not_found(client, archive):
    outcome = check(client, "Rencana pembangunan jalan yang belum diumumkan").context["outcome"]

    assert [hit.page.title for hit in outcome.exact] == []


def corpus_speeches(count):
    path = CORPUS / "kaltim-leaders.jsonl"
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"The corpus is missing at {path}; set CORPUS_DIR.")
        pytest.skip(f"No corpus at {path}")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    speeches = [record for record in records if record["kind"] == "speech" and record["body"]]
    return speeches[:count]


def long_sentence(paragraph):
    sentences = [sentence.strip() for sentence in paragraph.replace("\n", " ").split(". ")]
    return max(sentences, key=len)


@pytest.mark.corpus
def test_real_corpus_sentences_are_found(client, make_speech):
    records = corpus_speeches(4)
    expected = {}
    for record in records:
        paragraphs = [paragraph for paragraph in record["body"].split("\n\n") if paragraph.strip()]
        page = make_speech(
            record["title"][:255],
            paragraphs=paragraphs,
            event_date=datetime.date.fromisoformat(record["date"]) if record["date"] else None,
            source_url=record["source_url"],
        )
        number = random.Random(record["id"]).randrange(len(paragraphs)) + 1
        expected[page.pk] = (long_sentence(paragraphs[number - 1]), f"p{number}")

    for page_id, (sentence, anchor) in expected.items():
        outcome = check(client, sentence).context["outcome"]
        assert (page_id, anchor) in [(hit.page.pk, hit.anchor) for hit in outcome.exact], sentence
