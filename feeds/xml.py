"""Text cleaning for XML output.

XML 1.0 allows only tab, line feed, carriage return and the ranges U+0020-U+D7FF,
U+E000-U+FFFD and U+10000-U+10FFFF (the `Char` production, XML 1.0 fifth edition,
section 2.2). Transcripts pasted from PDFs carry form feeds, NUL bytes and stray
U+FFFE marks, which Django's XML writer rejects, so every string is cleaned first.
"""

import re

from django.utils.functional import Promise

INVALID_XML_CHARACTERS = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def strip_invalid_xml_characters(text):
    """Return `text` without the characters XML 1.0 forbids; None stays None."""
    if text is None:
        return None
    return INVALID_XML_CHARACTERS.sub("", str(text))


def clean_value(value):
    """Clean a feed field: a string, or a list or tuple of strings such as categories."""
    if isinstance(value, (list, tuple)):
        return type(value)(clean_value(item) for item in value)
    if isinstance(value, (str, Promise)):
        return strip_invalid_xml_characters(value)
    return value
