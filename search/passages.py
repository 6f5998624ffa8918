"""Plain-text passages of a page, with the anchor that links to each, for snippets and quotes."""

from django.utils.html import strip_tags


def speech_passages(page):
    """Yield (anchor, text) for each numbered paragraph; anchors match speech_page.html (#pN)."""
    for number, block in page.numbered_blocks():
        if number:
            yield f"p{number}", str(block.value)


def story_passages(page):
    for block in page.body:
        if block.block_type == "paragraph":
            yield None, strip_tags(block.value.source)
        elif block.block_type == "quote":
            yield None, str(block.value.get("text", ""))


def page_passages(page):
    """Return [(anchor or None, text)] for a specific activity or speech page."""
    if hasattr(page, "numbered_blocks"):
        passages = list(speech_passages(page))
    elif hasattr(page, "body"):
        passages = list(story_passages(page))
    else:
        passages = []
    return [(anchor, text) for anchor, text in passages if text.strip()]
