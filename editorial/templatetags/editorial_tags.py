from django import template

from editorial.changes import public_change_notes as list_public_change_notes

register = template.Library()


@register.simple_tag
def public_change_notes(page):
    """Return the page's public correction notes, newest first, for templates."""
    if page is None or page.pk is None:
        return []
    if getattr(page, "has_public_corrections", True) is False:
        return []
    return list(list_public_change_notes(page))
