"""Routing from the site root to a page with fewer queries than Wagtail's generic route.

Wagtail resolves an address one level at a time: the localised root page (a locale query,
then its specific object), then each child as a plain Page and again as its specific class.
The helpers below fetch each level's specific object in one query.
"""

from functools import cache

from django.http import Http404
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page


def localized_root(site):
    """Return the site's root page in the active language, as its specific class, in one query.

    The result equals Wagtail's `site.root_page.localized.specific`: the live translation in
    the active language, or the root page itself.
    """
    root = site.root_page
    model = root.specific_class
    if model is None:
        return root.specific
    try:
        language = get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return root.specific
    candidates = model.objects.filter(translation_key=root.translation_key, locale__language_code=language)
    for candidate in candidates:
        if candidate.pk == root.pk or candidate.live:
            return candidate
    return root.specific


def route_from_root(site, request, path):
    """Return Wagtail's RouteResult for `path` below the site's localised root, or None."""
    components = [component for component in path.split("/") if component]
    try:
        return localized_root(site).route(request, components)
    except Http404:
        return None


def child_route_slug(path_components):
    slug = path_components[0]
    if "\x00" in slug:
        # PostgreSQL rejects NUL bytes with an error, and no slug can contain one.
        raise Http404
    return slug


class SpecificChildRoutingMixin:
    """Route to a child by slug with one query on the child's own model.

    Wagtail's Page.route fetches the child as a plain Page and then again as its specific
    class. When every child has the type `child_route_model()` names, one query does both.
    """

    def child_route_model(self):
        raise NotImplementedError

    def child_route_queryset(self):
        """Return the pages to route to. A subclass may annotate what the child's page view reads."""
        return self.child_route_model().objects.all()

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        slug = child_route_slug(path_components)
        child = self.child_route_queryset().child_of(self).filter(slug=slug).first()
        if child is None:
            raise Http404
        # Treebeard's get_parent() reads this cache, so templates get the parent without a query.
        child._cached_parent_obj = self
        return child.route(request, path_components[1:])


@cache
def specific_accessors(page_class):
    """Return {model: name of Page's reverse one-to-one to it} for the child models of `page_class`.

    Only models that extend Page directly are listed. Page types are fixed at start-up, so the
    result is cached.
    """
    accessors = {}
    for model in page_class.allowed_subpage_models():
        link = model._meta.get_ancestor_link(Page)
        if link is not None and link.model is model:
            accessors[model] = link.remote_field.get_accessor_name()
    return accessors


class MixedChildRoutingMixin:
    """Route to a child of any allowed type with one query.

    The query joins every allowed child type's table to the page row (Django follows
    Page's reverse one-to-one links in select_related), so the child comes back with its
    specific object already built.
    """

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        slug = child_route_slug(path_components)
        accessors = specific_accessors(type(self))
        child = Page.objects.child_of(self).filter(slug=slug).select_related(*accessors.values()).first()
        if child is None:
            raise Http404
        accessor = accessors.get(child.specific_class)
        specific = getattr(child, accessor) if accessor else child.specific
        specific._cached_parent_obj = self
        return specific.route(request, path_components[1:])
