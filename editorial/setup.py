"""Create or update the editorial groups, their rights, the workflows and where the workflows apply.

Every function here can run again: it finds what exists by name and brings it to the state
described here, so `manage.py setup_editorial` is safe to rerun after a deploy.

Rights on pages are granted on the index pages (and so on everything below them):
- Penulis: add, which lets a contributor create pages and edit the ones they own.
- Redaktur: add and change, so an editor edits any draft; no publish, so no unpublishing.
- Penyetuju: add, change and publish; publish also allows unpublishing and withdrawal.
- Administrator: every page right on the whole tree, plus every model permission.
- Penerjemah: admin access only; the translation rights are granted with the bilingual setup.
Deleting and moving pages is kept to administrators by the hooks in wagtail_hooks.py,
because Wagtail otherwise lets owners delete their own drafts.
"""

import logging

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .models import EditorReviewTask
from .roles import ADMINISTRATORS, ALL_GROUPS, APPROVERS, CONTRIBUTORS, EDITORS, TRANSLATORS

logger = logging.getLogger("potret.editorial")

REVIEW_TASK_NAME = "Telaah redaktur"
APPROVAL_TASK_NAME = "Persetujuan"
STORY_WORKFLOW_NAME = "Kegiatan dan sambutan"
LEADER_WORKFLOW_NAME = "Halaman pimpinan"

PAGE_RIGHTS = {
    CONTRIBUTORS: ["add"],
    EDITORS: ["add", "change"],
    APPROVERS: ["add", "change", "publish"],
}
ADMIN_PAGE_RIGHTS = ["add", "change", "publish", "bulk_delete", "lock", "unlock"]

# Collection-managed models as (app label, model, actions the model defines); wagtailmedia 0.19 has no
# "choose" permission, so choosing media needs no right of its own.
COLLECTION_MODELS = [
    ("wagtailimages", "image", {"add", "change", "delete", "choose"}),
    ("wagtaildocs", "document", {"add", "change", "delete", "choose"}),
    ("wagtailmedia", "media", {"add", "change", "delete"}),
]
# The actions each group gets on the root collection, where the model defines them.
COLLECTION_RIGHTS = {
    CONTRIBUTORS: ["add", "choose"],
    EDITORS: ["add", "change", "choose"],
    APPROVERS: ["add", "change", "choose"],
    TRANSLATORS: ["choose"],
    ADMINISTRATORS: ["add", "change", "delete", "choose"],
}
# Editors and approvers keep the topic list tidy; contributors pick from it.
SNIPPET_RIGHTS = {
    EDITORS: [("topics", "add_topic"), ("topics", "change_topic")],
    APPROVERS: [("topics", "add_topic"), ("topics", "change_topic")],
}


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _page_permission(action):
    return _permission("wagtailcore", f"{action}_page")


def ensure_groups():
    """Create the five groups, each with access to the admin; return them by name."""
    access_admin = _permission("wagtailadmin", "access_admin")
    groups = {}
    for name in ALL_GROUPS:
        group, created = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        if created:
            logger.info("Created group name=%s", name)
        groups[name] = group

    groups[ADMINISTRATORS].permissions.set(Permission.objects.all())
    for name, rights in SNIPPET_RIGHTS.items():
        groups[name].permissions.add(*[_permission(app, codename) for app, codename in rights])
    return groups


def grant_page_rights(group, page, actions):
    for action in actions:
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=_page_permission(action))


def grant_collection_rights(groups):
    root = Collection.get_first_root_node()
    for name, actions in COLLECTION_RIGHTS.items():
        for app_label, model, defined in COLLECTION_MODELS:
            for action in defined.intersection(actions):
                GroupCollectionPermission.objects.get_or_create(
                    group=groups[name], collection=root, permission=_permission(app_label, f"{action}_{model}")
                )


def _task(model, name, groups):
    task = model.objects.filter(name=name).first()
    if task is None:
        task = model.objects.create(name=name)
        logger.info("Created task name=%s", name)
    task.active = True
    task.save()
    task.groups.set(groups)
    return task


def _workflow(name, tasks):
    workflow, _created = Workflow.objects.get_or_create(name=name)
    workflow.active = True
    workflow.save()
    WorkflowTask.objects.filter(workflow=workflow).exclude(task__in=tasks).delete()
    for order, task in enumerate(tasks):
        WorkflowTask.objects.update_or_create(workflow=workflow, task=task, defaults={"sort_order": order})
    return workflow


def ensure_workflows(groups):
    """Create the two-step story workflow and the approver-only leader workflow; return them."""
    review = _task(EditorReviewTask, REVIEW_TASK_NAME, [groups[EDITORS], groups[ADMINISTRATORS]])
    approval_model = GroupApprovalTask
    approval = approval_model.objects.filter(name=APPROVAL_TASK_NAME, editorreviewtask__isnull=True).first()
    if approval is None:
        approval = approval_model.objects.create(name=APPROVAL_TASK_NAME)
    approval.active = True
    approval.save()
    approval.groups.set([groups[APPROVERS], groups[ADMINISTRATORS]])

    story = _workflow(STORY_WORKFLOW_NAME, [review, approval])
    leader = _workflow(LEADER_WORKFLOW_NAME, [approval])
    return story, leader


def assign_workflow(workflow, page):
    """Apply `workflow` to `page` and everything below it, in every locale the page exists in."""
    pages = [page] + list(page.get_translations())
    for each in pages:
        WorkflowPage.objects.update_or_create(page=each, defaults={"workflow": workflow})
    return pages


@transaction.atomic
def setup_editorial(tree):
    """Bring groups, rights, workflows and assignments in line for the site tree `tree`."""
    groups = ensure_groups()
    grant_collection_rights(groups)
    grant_page_rights(groups[ADMINISTRATORS], Page.get_first_root_node(), ADMIN_PAGE_RIGHTS)

    story, leader = ensure_workflows(groups)
    assignments = [(story, tree.activities), (story, tree.speeches), (leader, tree.leaders)]
    for workflow, index_page in assignments:
        for page in assign_workflow(workflow, index_page):
            grant_roles_on_index(groups, page, is_default_locale=page.pk == index_page.pk)
    return groups


def grant_roles_on_index(groups, page, is_default_locale):
    """Grant the page rights of each role on one index page.

    Contributors write in Indonesian only, so they get rights on the default-locale tree;
    editors and approvers review translations too, so they get them in every locale.
    """
    for name, actions in PAGE_RIGHTS.items():
        if name == CONTRIBUTORS and not is_default_locale:
            continue
        grant_page_rights(groups[name], page, actions)


def copy_editorial_setup_to_translation(page):
    """Give a new translation of an index page the workflow and rights of its source page.

    wagtail-localize creates the English index pages later, as translations; without this,
    English stories and speeches would be published with no workflow at all.
    """
    source = (
        WorkflowPage.objects.filter(page__translation_key=page.translation_key)
        .exclude(page_id=page.pk)
        .select_related("workflow")
        .first()
    )
    if source is None:
        return False

    WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": source.workflow})
    inherited = GroupPagePermission.objects.filter(page_id=source.page_id, group__name__in=[EDITORS, APPROVERS])
    for permission in inherited:
        GroupPagePermission.objects.get_or_create(group=permission.group, page=page, permission=permission.permission)
    logger.info("Assigned workflow_id=%s to translation page_id=%s", source.workflow_id, page.pk)
    return True
