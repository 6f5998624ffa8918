"""The approvals report: approvals per person and month, for approvers and administrators."""

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from .conftest import draft_activity

pytestmark = pytest.mark.django_db

URL = "editorial:approvals_report"


@pytest.fixture
def approvals(editorial, users):
    """Two stories through both steps: the editor and the approver pass each once per story."""
    for slug in ("laporan-satu", "laporan-dua"):
        page = draft_activity(editorial.activities, users["contributor"], slug=slug)
        page.get_workflow().start(page, users["contributor"])
        Page.objects.get(pk=page.pk).current_workflow_task_state.approve(user=users["editor"])
        Page.objects.get(pk=page.pk).current_workflow_task_state.approve(user=users["approver"])


def test_report_counts_per_person(approvals, users, client_for):
    response = client_for(users["approver"]).get(reverse(URL))

    assert response.status_code == 200
    rows = list(response.context["object_list"])
    counts = {(row["person"], row["task__name"]): row["approvals"] for row in rows}
    assert counts == {("editor", "Telaah redaktur"): 2, ("approver", "Persetujuan"): 2}
    html = response.content.decode()
    assert "Persetujuan per orang dan bulan" in html
    assert "editor" in html
    assert timezone.localtime().strftime("%Y-%m") in html


def test_report_exports_csv(approvals, users, client_for):
    response = client_for(users["administrator"]).get(reverse(URL), {"export": "csv"})

    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    assert "Telaah redaktur" in text
    assert "Bulan" in text.splitlines()[0]


@pytest.mark.parametrize("role", ["contributor", "editor", "translator"])
def test_report_denied_to_other_roles(approvals, users, client_for, role):
    response = client_for(users[role]).get(reverse(URL))

    assert response.status_code in (302, 403)
