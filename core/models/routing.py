"""Routing for index pages whose children are all of one page type."""

from django.http import Http404


class SpecificChildRoutingMixin:
    """Route to a child by slug with one query on the child's own model.

    Wagtail's Page.route fetches the child as a plain Page and then again as its specific
    class. When every child has the type `child_route_model()` names, one query does both.
    """

    def child_route_model(self):
        raise NotImplementedError

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        slug = path_components[0]
        if "\x00" in slug:
            # PostgreSQL rejects NUL bytes with an error; no slug can contain one.
            raise Http404
        child = self.child_route_model().objects.child_of(self).filter(slug=slug).first()
        if child is None:
            raise Http404
        # Treebeard's get_parent() reads this cache, so templates get the parent without a query.
        child._cached_parent_obj = self
        return child.route(request, path_components[1:])
