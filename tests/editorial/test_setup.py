"""The setup_editorial command: groups, rights and workflow assignments, safe to rerun."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import GroupPagePermission, Workflow, WorkflowPage

from editorial import roles
from editorial.setup import APPROVAL_TASK_NAME, LEADER_WORKFLOW_NAME, REVIEW_TASK_NAME, STORY_WORKFLOW_NAME


def _counts():
    return (
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        Workflow.objects.count(),
        WorkflowPage.objects.count(),
    )


@pytest.mark.django_db
def test_setup_command_rerun_changes_nothing(site_tree):
    call_command("setup_editorial", stdout=StringIO())
    first = _counts()
    call_command("setup_editorial", stdout=StringIO())

    assert _counts() == first
    assert set(roles.ALL_GROUPS) <= set(Group.objects.values_list("name", flat=True))


@pytest.mark.django_db
def test_workflows_assigned_to_index_pages(editorial):
    story = Workflow.objects.get(name=STORY_WORKFLOW_NAME)
    leader = Workflow.objects.get(name=LEADER_WORKFLOW_NAME)

    assert [task.name for task in story.tasks] == [REVIEW_TASK_NAME, APPROVAL_TASK_NAME]
    assert [task.name for task in leader.tasks] == [APPROVAL_TASK_NAME]
    assert editorial.activities.get_workflow() == story
    assert editorial.speeches.get_workflow() == story
    assert editorial.leaders.get_workflow() == leader


@pytest.mark.django_db
def test_translator_has_no_rights_on_indonesian_tree(editorial):
    translators = Group.objects.get(name=roles.TRANSLATORS)

    assert not GroupPagePermission.objects.filter(group=translators).exists()
    assert translators.permissions.filter(codename="access_admin").exists()


@pytest.mark.django_db
def test_new_translation_gets_workflow_and_rights(editorial):
    from wagtail.models import Locale

    english = Locale.objects.get_or_create(language_code="en")[0]
    english_home = editorial.home.copy_for_translation(english)
    english_activities = editorial.activities.copy_for_translation(english)

    assert english_home.pk
    assert english_activities.get_workflow() == Workflow.objects.get(name=STORY_WORKFLOW_NAME)
    editor_rights = GroupPagePermission.objects.filter(page=english_activities, group__name=roles.EDITORS)
    assert {right.permission.codename for right in editor_rights} == {"add_page", "change_page"}
    assert not GroupPagePermission.objects.filter(page=english_activities, group__name=roles.CONTRIBUTORS).exists()


@pytest.mark.django_db
def test_rerun_assigns_existing_translations(editorial):
    from wagtail.models import Locale

    from editorial.setup import setup_editorial

    english = Locale.objects.get_or_create(language_code="en")[0]
    editorial.home.copy_for_translation(english)
    english_speeches = editorial.speeches.copy_for_translation(english)
    WorkflowPage.objects.filter(page=english_speeches).delete()

    setup_editorial(editorial)

    assert english_speeches.get_workflow() == Workflow.objects.get(name=STORY_WORKFLOW_NAME)


@pytest.mark.django_db
def test_english_story_goes_through_story_workflow(editorial):
    import datetime

    from wagtail.models import Locale

    from activities.models import ActivityPage

    english = Locale.objects.get_or_create(language_code="en")[0]
    editorial.home.copy_for_translation(english)
    english_activities = editorial.activities.copy_for_translation(english)
    story = ActivityPage(title="Governor visits flooded Samarinda", slug="flood-visit", event_date=datetime.date(2025, 3, 7))
    english_activities.add_child(instance=story)

    workflow = story.get_workflow()

    assert workflow == Workflow.objects.get(name=STORY_WORKFLOW_NAME)
    assert [task.name for task in workflow.tasks] == [REVIEW_TASK_NAME, APPROVAL_TASK_NAME]
