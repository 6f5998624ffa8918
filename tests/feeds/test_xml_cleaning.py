"""Cleaning of XML-invalid characters, including those no database column can hold."""

import io

from defusedxml import ElementTree

from feeds.syndication import CleanAtomFeed, CleanRssFeed
from feeds.xml import strip_invalid_xml_characters

FORBIDDEN = "".join(chr(code) for code in range(0x20) if chr(code) not in "\t\n\r") + "\ufffe\uffff\ud800\udfff"


def test_strip_removes_every_forbidden_character():
    assert strip_invalid_xml_characters(f"a{FORBIDDEN}b") == "ab"


def test_strip_keeps_allowed_text():
    text = "Tab\there\nLF\rCR é ẞ 😀 \ue000 \ufffd"
    assert strip_invalid_xml_characters(text) == text


def test_strip_keeps_none():
    assert strip_invalid_xml_characters(None) is None


def write_feed(feed_class):
    feed = feed_class(title=f"Judul{FORBIDDEN}", link="/id/", description=f"Des{FORBIDDEN}kripsi")
    feed.add_item(
        title=f"Sambutan\x00{FORBIDDEN}",
        link="/id/sambutan/a/",
        description=f"<p>Teks{FORBIDDEN} bersih</p>",
        categories=[f"Topik{FORBIDDEN}"],
        author_name=f"Rudy{FORBIDDEN}",
    )
    output = io.StringIO()
    feed.write(output, "utf-8")
    return output.getvalue()


def test_rss_generator_writes_parseable_xml():
    root = ElementTree.fromstring(write_feed(CleanRssFeed).encode("utf-8"))

    item = root.find("channel/item")
    assert root.findtext("channel/title") == "Judul"
    assert item.findtext("title") == "Sambutan"
    assert item.findtext("description") == "<p>Teks bersih</p>"
    assert item.findtext("category") == "Topik"


def test_atom_generator_writes_parseable_xml():
    root = ElementTree.fromstring(write_feed(CleanAtomFeed).encode("utf-8"))

    assert root.findtext("{http://www.w3.org/2005/Atom}entry/{http://www.w3.org/2005/Atom}title") == "Sambutan"
