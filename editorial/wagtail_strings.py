"""Wagtail admin strings that Wagtail 8.0.1's Indonesian catalogue (id_ID) leaves untranslated.

Editors read the workflow emails and the review buttons, so this app's catalogue carries
these translations. Django merges catalogues with earlier INSTALLED_APPS first, and
"editorial" comes before the Wagtail apps. The module is never imported; makemessages
reads the gettext_noop calls so that the msgids stay in the catalogue.
TODO: drop an entry once Wagtail's id_ID catalogue translates it.
"""

from django.utils.translation import gettext_noop

WAGTAIL_STRINGS = [
    gettext_noop("Hello %(username)s,"),
    gettext_noop("Request changes"),
    gettext_noop("Approve with comment"),
    gettext_noop('The page "%(title)s" has been approved in workflow "%(workflow)s".'),
    gettext_noop('The page "%(title)s" has been approved in "%(workflow)s".'),
    gettext_noop('The page "%(title)s" has been rejected during "%(task)s" in workflow "%(workflow)s" by %(rejector)s.'),
    gettext_noop('The page "%(title)s" has been rejected during "%(task)s" in workflow "%(workflow)s".'),
    gettext_noop('The page "%(title)s" has been rejected during "%(workflow)s".'),
    gettext_noop('The following comment was left: "%(comment)s"'),
    gettext_noop(
        'The page "%(title)s" has been submitted for moderation to workflow "%(workflow)s" by %(requester)s.'
    ),
    gettext_noop('The page "%(title)s" has been submitted for moderation to workflow "%(workflow)s".'),
    gettext_noop('The page "%(title)s" has been submitted to workflow "%(workflow)s"'),
    gettext_noop('The page "%(title)s" has been submitted for approval in moderation stage "%(task)s"'),
    gettext_noop('The page "%(title)s" has been submitted for approval to moderation stage "%(task)s".'),
    # Entries of the page history (audit log).
    gettext_noop("Created"),
    gettext_noop("Published"),
    gettext_noop("Published scheduled draft"),
    gettext_noop("Unpublished"),
    gettext_noop("'%(workflow)s' started. Next step '%(task)s'"),
    gettext_noop("Approved at '%(task)s'. Next step '%(next_task)s'"),
    gettext_noop("Approved at '%(task)s'. '%(workflow)s' complete"),
    gettext_noop("Rejected at '%(task)s'. Changes requested"),
    gettext_noop("Cancelled '%(workflow)s' at '%(task)s'"),
    gettext_noop("%(model_name)s scheduled for publishing"),
]
