"""The editorial groups and their rights, by name.

The names are Indonesian because editors see them in the admin. Creating and updating
the groups happens in setup.py; the checks here are what views and hooks ask.
"""

CONTRIBUTORS = "Penulis"
EDITORS = "Redaktur"
APPROVERS = "Penyetuju"
TRANSLATORS = "Penerjemah"
ADMINISTRATORS = "Administrator"

ALL_GROUPS = (CONTRIBUTORS, EDITORS, APPROVERS, TRANSLATORS, ADMINISTRATORS)


def in_group(user, *names):
    return user.is_active and user.groups.filter(name__in=names).exists()


def is_administrator(user):
    return user.is_active and (user.is_superuser or in_group(user, ADMINISTRATORS))


def can_withdraw(user, page):
    """Approvers and administrators withdraw live pages on which they hold the publish right."""
    if not (user.is_superuser or in_group(user, APPROVERS, ADMINISTRATORS)):
        return False
    return page.live and page.permissions_for_user(user).can_unpublish()


def can_mark_change(user, page):
    """Editors, approvers and administrators mark changes to pages they may edit."""
    if not (user.is_superuser or in_group(user, EDITORS, APPROVERS, ADMINISTRATORS)):
        return False
    return page.permissions_for_user(user).can_edit()
