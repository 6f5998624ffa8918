"""Fixtures for the editorial tests: the groups and workflows, one user per role, admin form data."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from editorial import roles
from editorial.setup import setup_editorial

ROLE_GROUPS = {
    "contributor": roles.CONTRIBUTORS,
    "editor": roles.EDITORS,
    "approver": roles.APPROVERS,
    "translator": roles.TRANSLATORS,
    "administrator": roles.ADMINISTRATORS,
}


@pytest.fixture(autouse=True)
def static_root(settings, tmp_path):
    # WhiteNoise warns (an error under pytest's filterwarnings) when STATIC_ROOT does not exist,
    # and test settings leave it at the uncollected default.
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STATIC_ROOT.mkdir()


@pytest.fixture
def editorial(site_tree):
    setup_editorial(site_tree)
    return site_tree


@pytest.fixture
def make_user(db):
    def build(username, group_name=None, **fields):
        fields.setdefault("email", f"{username}@biro.example")
        user = get_user_model().objects.create_user(username=username, password="sandi-rahasia-123", **fields)
        if group_name:
            user.groups.add(Group.objects.get(name=group_name))
        return user

    return build


@pytest.fixture
def users(editorial, make_user):
    """One user per role, plus a second contributor for "someone else's page"."""
    built = {role: make_user(role, group) for role, group in ROLE_GROUPS.items()}
    built["other_contributor"] = make_user("penulis_lain", roles.CONTRIBUTORS)
    return built


@pytest.fixture
def client_for(client):
    def login(user):
        client.force_login(user)
        return client

    return login


def activity_form_data(title, slug, body_text="Gubernur meninjau banjir di Samarinda.", **extra):
    """POST data for the activity story editor, as the admin form sends it."""
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "event_date": datetime.date(2025, 3, 7).isoformat(),
            "body": streamfield([("paragraph", rich_text(body_text))]) if body_text else streamfield([]),
            "leader_links": inline_formset([]),
            "comments": inline_formset([]),
        }
    )
    data.update(extra)
    return data


def speech_form_data(title, slug, paragraphs, **extra):
    """POST data for the speech editor: one paragraph block per item of `paragraphs`."""
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "event_date": datetime.date(2025, 2, 24).isoformat(),
            "text_kind": "transcript",
            "text": streamfield([("paragraph", text) for text in paragraphs]),
            "leader_links": inline_formset([]),
            "comments": inline_formset([]),
        }
    )
    data.update(extra)
    return data


def draft_activity(parent, owner, title="Kunjungan kerja ke Kutai Kartanegara", slug=None):
    """An unpublished activity story owned by `owner`, saved as a revision like the admin does."""
    from activities.models import ActivityPage

    page = ActivityPage(
        title=title, slug=slug or "kunjungan-kerja", event_date=datetime.date(2025, 3, 7), owner=owner, live=False
    )
    page.body = [("paragraph", "Gubernur meninjau jalan provinsi.")]
    parent.add_child(instance=page)
    page.save_revision(user=owner)
    return page


def sitemap_page_ids():
    """Ids of the pages wagtail.contrib.sitemaps would list for the default site."""
    from django.test import RequestFactory
    from wagtail.contrib.sitemaps.sitemap_generator import Sitemap

    return {page.pk for page in Sitemap(RequestFactory().get("/")).items()}
