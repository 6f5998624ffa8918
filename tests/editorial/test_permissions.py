"""Permission matrix: each role against each editorial action, through the admin HTTP views.

Each case sets up the page state the action needs, performs the action as a user of the
role with the Django test client, and checks the effect in the database, so an action
counts as allowed only when it really happened.
"""

import pytest
from django.urls import reverse
from wagtail.models import Page

from activities.models import ActivityIndexPage, ActivityPage
from editorial.models import Withdrawal
from editorial.setup import APPROVAL_TASK_NAME, grant_roles_on_index
from home.models import HomePage

from .conftest import activity_form_data, draft_activity

pytestmark = pytest.mark.django_db

ROLES = ["contributor", "editor", "approver", "translator", "administrator"]

# Expected outcome per action, in the order of ROLES.
MATRIX = {
    "create": [True, True, True, False, True],
    "edit_own": [True, True, True, False, True],
    "edit_others": [False, True, True, False, True],
    "submit": [True, True, True, False, True],
    "pass_step_one": [False, True, False, False, True],
    "approve_step_two": [False, False, True, False, True],
    "publish_directly": [False, False, True, False, True],
    "unpublish": [False, False, True, False, True],
    "withdraw": [False, False, True, False, True],
    "move": [False, False, False, False, True],
    "delete": [False, False, False, False, True],
}
CASES = [(action, role, allowed[index]) for action, allowed in MATRIX.items() for index, role in enumerate(ROLES)]


def _fresh(page):
    return Page.objects.get(pk=page.pk).specific


def _live_story(tree, owner):
    page = draft_activity(tree.activities, owner, title="Kunjungan ke Berau", slug="kunjungan-berau")
    page.get_latest_revision().publish()
    return _fresh(page)


def _submitted_story(tree, users):
    page = draft_activity(tree.activities, users["other_contributor"], slug="diajukan")
    page.get_workflow().start(page, users["other_contributor"])
    return _fresh(page)


def _task_action_url(page, action):
    state = _fresh(page).current_workflow_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, state.pk))


def do_create(client, tree, users, user):
    url = reverse("wagtailadmin_pages:add", args=("activities", "activitypage", tree.activities.pk))
    client.post(url, activity_form_data("Berita baru", "berita-baru"))
    return ActivityPage.objects.filter(slug="berita-baru").exists()


def _edit_title(client, page, title):
    client.post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), activity_form_data(title, page.slug))
    return _fresh(page).get_latest_revision_as_object().title == title


def do_edit_own(client, tree, users, user):
    return _edit_title(client, draft_activity(tree.activities, user, slug="milik-sendiri"), "Judul diperbaiki")


def do_edit_others(client, tree, users, user):
    page = draft_activity(tree.activities, users["other_contributor"], slug="milik-orang-lain")
    return _edit_title(client, page, "Judul diubah orang lain")


def do_submit(client, tree, users, user):
    page = draft_activity(tree.activities, user, slug="untuk-diajukan")
    data = activity_form_data(page.title, page.slug, **{"action-submit": "1"})
    client.post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), data)
    return _fresh(page).workflow_in_progress


def do_pass_step_one(client, tree, users, user):
    page = _submitted_story(tree, users)
    client.post(_task_action_url(page, "approve"), {"comment": ""})
    return _fresh(page).current_workflow_task.name == APPROVAL_TASK_NAME


def do_approve_step_two(client, tree, users, user):
    page = _submitted_story(tree, users)
    page.current_workflow_task_state.approve(user=users["editor"])
    assert _fresh(page).current_workflow_task.name == APPROVAL_TASK_NAME
    client.post(_task_action_url(page, "approve"), {"comment": ""})
    return _fresh(page).live


def do_publish_directly(client, tree, users, user):
    page = draft_activity(tree.activities, users["other_contributor"], slug="terbit-langsung")
    data = activity_form_data(page.title, page.slug, **{"action-publish": "1"})
    client.post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), data)
    return _fresh(page).live


def do_unpublish(client, tree, users, user):
    page = _live_story(tree, users["other_contributor"])
    client.post(reverse("wagtailadmin_pages:unpublish", args=(page.pk,)), {})
    return not _fresh(page).live


def do_withdraw(client, tree, users, user):
    page = _live_story(tree, users["other_contributor"])
    client.post(reverse("editorial:withdraw", args=(page.pk,)), {"reason": "Data acara keliru."})
    return Withdrawal.objects.filter(page=page).exists() and not _fresh(page).live


def _second_activity_index(tree):
    """A second section with an activity index, where each role has the same rights as in the first."""
    from django.contrib.auth.models import Group

    root = Page.get_first_root_node()
    archive_home = HomePage(title="Arsip lama", slug="arsip-lama")
    root.add_child(instance=archive_home)
    index = ActivityIndexPage(title="Kegiatan lama", slug="kegiatan-lama")
    archive_home.add_child(instance=index)
    groups = {group.name: group for group in Group.objects.all()}
    grant_roles_on_index(groups, index, is_default_locale=True)
    return index


def do_move(client, tree, users, user):
    destination = _second_activity_index(tree)
    page = draft_activity(tree.activities, user, slug="untuk-dipindah")
    client.post(reverse("wagtailadmin_pages:move_confirm", args=(page.pk, destination.pk)), {})
    return _fresh(page).get_parent().pk == destination.pk


def do_delete(client, tree, users, user):
    # The user's own draft: Wagtail alone would let its owner delete it.
    page = draft_activity(tree.activities, user, slug="untuk-dihapus")
    client.post(reverse("wagtailadmin_pages:delete", args=(page.pk,)), {})
    return not Page.objects.filter(pk=page.pk).exists()


@pytest.mark.parametrize(("action", "role", "allowed"), CASES, ids=[f"{action}-{role}" for action, role, _ in CASES])
def test_role_action(action, role, allowed, editorial, users, client_for):
    user = users[role]
    client = client_for(user)
    statuses = []
    post = client.post

    def recording_post(*args, **kwargs):
        response = post(*args, **kwargs)
        statuses.append(response.status_code)
        return response

    client.post = recording_post

    happened = globals()[f"do_{action}"](client, editorial, users, user)

    assert happened is allowed
    # A denial is a redirect with a message or a 403, never a server error.
    assert statuses
    assert all(status < 500 for status in statuses), statuses


def test_matrix_covers_every_role_and_action():
    assert all(len(outcomes) == len(ROLES) for outcomes in MATRIX.values())
    assert set(MATRIX) == {
        "create", "edit_own", "edit_others", "submit", "pass_step_one", "approve_step_two",
        "publish_directly", "unpublish", "withdraw", "move", "delete",
    }


@pytest.mark.parametrize(("role", "allowed"), [("approver", False), ("editor", False), ("administrator", True)])
def test_bulk_delete_kept_to_administrators(role, allowed, editorial, users, client_for):
    user = users[role]
    page = draft_activity(editorial.activities, user, slug="hapus-massal")
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "delete")) + f"?id={page.pk}"

    response = client_for(user).post(url, {})

    assert response.status_code < 500
    assert Page.objects.filter(pk=page.pk).exists() is not allowed


@pytest.mark.parametrize(("role", "shown"), [("approver", False), ("administrator", True)])
def test_listing_shows_delete_only_to_administrators(role, shown, editorial, users, client_for):
    page = _live_story(editorial, users["other_contributor"])

    html = client_for(users[role]).get(reverse("wagtailadmin_explore", args=(editorial.activities.pk,))).content.decode()

    assert (reverse("wagtailadmin_pages:delete", args=(page.pk,)) in html) is shown
    assert (reverse("wagtailadmin_pages:move", args=(page.pk,)) in html) is shown
    assert reverse("editorial:withdraw", args=(page.pk,)) in html
    assert reverse("wagtailadmin_pages:edit", args=(page.pk,)) in html
