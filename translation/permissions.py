"""Rights of the translators' group: translate the English tree and snippets, publish nothing.

Page rights are tree-based in Wagtail, so granting them on the English home page covers the
English pages only. Snippet rights are per model, not per locale; the `before_*_snippet`
hooks in wagtail_hooks.py close that gap by refusing translators any default-locale object.
"""

import logging

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import GroupPagePermission

logger = logging.getLogger("potret.translation")

TRANSLATORS_GROUP = "Penerjemah"

PAGE_PERMISSIONS = ["add_page", "change_page"]

MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
    ("leaders", "add_office"),
    ("leaders", "change_office"),
    ("regions", "add_region"),
    ("regions", "change_region"),
    ("topics", "add_topic"),
    ("topics", "change_topic"),
    ("translation", "add_phototext"),
    ("translation", "change_phototext"),
]


def is_translator(user):
    """Return True for a user whose only route to content is the translators' group."""
    if not user.is_authenticated or user.is_superuser:
        return False
    groups = set(user.groups.values_list("name", flat=True))
    return TRANSLATORS_GROUP in groups and len(groups) == 1


@transaction.atomic
def grant_translator_permissions(english_home):
    group, created = Group.objects.get_or_create(name=TRANSLATORS_GROUP)
    if created:
        logger.info("Created group name=%s", TRANSLATORS_GROUP)

    for codename in PAGE_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        GroupPagePermission.objects.get_or_create(group=group, page=english_home, permission=permission)

    for app_label, codename in MODEL_PERMISSIONS:
        group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return group
