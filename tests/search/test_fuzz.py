"""Any query string gives a page with results or a clear message, never a server error."""

import pytest

pytestmark = pytest.mark.django_db

FUZZ_INPUTS = [
    'pembangunan AND (jalan OR "jembatan',
    '"unbalanced quote',
    "Jum'at",
    "-Bupati",
    "Perda-No.2",
    "x" * 10_000,
    "kata " * 2_000,
    "😀🇮🇩 gubernur 🙏",
    "\x00\x01\x1b[31mgubernur\x7f",
    "'; DROP TABLE wagtailcore_page; --",
    "1' OR '1'='1",
    "title:gubernur^3 ~2 *",
    "NEAR(jalan jembatan) NOT OR AND",
    "\\\\ // {} [] <script>alert(1)</script>",
    '""',
    "   ",
    "💥",
    "%00%27%22",
]


def assert_answered(response):
    """Check for a result list, a message, or (for blank input) the bare form."""
    assert response.status_code == 200
    outcome = response.context["outcome"]
    text = response.content.decode()
    blank = not outcome.parsed.text
    no_words = "huruf atau angka" in text or "letters or digits" in text
    assert outcome.page is not None or outcome.messages or no_words or blank


@pytest.mark.parametrize("query", FUZZ_INPUTS)
def test_fuzz_query_on_database_backend(client, archive, query):
    response = client.get("/id/search/", {"q": query})

    assert_answered(response)
    assert b"<script>alert(1)</script>" not in response.content


@pytest.mark.opensearch
def test_fuzz_queries_on_opensearch(client, opensearch, archive):
    opensearch.refresh()
    for query in FUZZ_INPUTS:
        response = client.get("/id/search/", {"q": query, "sort": "newest"})

        assert_answered(response)
        assert response.context["outcome"].fell_back is False, query


@pytest.mark.parametrize("query", FUZZ_INPUTS)
def test_fuzz_autocomplete_and_quote_check(client, archive, query):
    suggestions = client.get("/id/search/autocomplete/", {"q": query})
    quote = client.get("/id/search/cek-kutipan/", {"quote": query})

    assert suggestions.status_code == 200
    assert "suggestions" in suggestions.json()
    assert quote.status_code == 200


def test_long_query_is_shortened_with_message(client, archive):
    response = client.get("/id/search/", {"q": "jembatan " + "x" * 10_000})

    assert response.context["outcome"].parsed.truncated is True
    assert response.context["outcome"].messages
    assert [hit.page.title for hit in response.context["results"].hits] == [
        "Gubernur tinjau pembangunan jalan di Samarinda"
    ]


def test_apostrophe_word_is_found(client, make_activity):
    make_activity("Salat Jum'at bersama warga", body=[("paragraph", "<p>Gubernur salat Jum'at di masjid.</p>")])

    response = client.get("/id/search/", {"q": "Jum'at"})

    assert [hit.page.title for hit in response.context["results"].hits] == ["Salat Jum'at bersama warga"]
