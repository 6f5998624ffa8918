"""Plain-text passages of a page, with the anchor that links to each, for snippets and quotes."""

from django.utils.html import strip_tags


def speech_passages(page):
    """Yield (anchor, text) for each numbered paragraph; anchors match speech_page.html (#pN)."""
    for number, block in page.numbered_blocks():
        if number:
            yield f"p{number}", str(block.value)


def story_passages(page):
    # The raw JSON, because iterating page.body turns every photo and gallery block into
    # Photo objects, which costs a query per block type for text that is never read.
    for block in page.body.raw_data:
        value = block["value"]
        if block["type"] == "paragraph":
            yield None, strip_tags(value or "")
        elif block["type"] == "quote":
            yield None, str(value.get("text", ""))


def page_passages(page):
    """Return [(anchor or None, text)] for a specific activity or speech page."""
    if hasattr(page, "numbered_blocks"):
        passages = list(speech_passages(page))
    elif hasattr(page, "body"):
        passages = list(story_passages(page))
    else:
        passages = []
    return [(anchor, text) for anchor, text in passages if text.strip()]
