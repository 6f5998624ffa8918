"""Editing keeps every revision; only an administrator can delete, and the deletion is audited."""

import pytest
from wagtail.models import PageLogEntry, Revision


@pytest.fixture
def story(make_activity, superuser):
    page = make_activity("Sekda Memimpin Rapat Koordinasi")
    for number in range(3):
        page.title = f"Sekda Memimpin Rapat Koordinasi ({number})"
        page.save_revision(user=superuser).publish(user=superuser)
    page.unpublish(user=superuser)
    return page


def test_editing_keeps_every_revision(story):
    assert Revision.page_revisions.filter(object_id=str(story.pk)).count() == 4


def test_editor_cannot_delete_page(client, editor, story):
    client.force_login(editor)

    get_response = client.get(f"/admin/pages/{story.pk}/delete/")
    post_response = client.post(f"/admin/pages/{story.pk}/delete/")

    assert get_response.status_code == 302
    assert post_response.status_code == 302
    story.refresh_from_db()
    assert Revision.page_revisions.filter(object_id=str(story.pk)).count() == 4
    messages = [str(message) for message in get_response.wsgi_request._messages]
    assert any("administrator" in text or "administrator" in text.lower() for text in messages)


def test_editor_cannot_bulk_delete_pages(client, editor, story):
    client.force_login(editor)
    url = f"/admin/bulk/wagtailcore/page/delete/?id={story.pk}&next=/admin/pages/"

    client.post(url, {})

    assert Revision.page_revisions.filter(object_id=str(story.pk)).count() == 4


def test_administrator_deletion_is_audited(client, superuser, story):
    client.force_login(superuser)
    page_id = story.pk

    response = client.post(f"/admin/pages/{page_id}/delete/", {"confirm_site_name": "Potret Pimpinan"})

    assert response.status_code == 302
    entry = PageLogEntry.objects.get(page_id=page_id, action="wagtail.delete")
    assert entry.user_id == superuser.pk
