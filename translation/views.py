"""Admin views for translators: the work queue and "submit translation for review"."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from .drafts import submit_translation
from .english_tree import ENGLISH
from .queue import build_work_queue


def report_submission(request, page, workflow_state):
    if workflow_state is None:
        message = _(
            "The translation of “%(title)s” was saved as a draft. No approval workflow applies to it, "
            "so an editor with publish permission must publish it."
        ) % {"title": page.title}
    else:
        message = _("The translation of “%(title)s” was saved as a draft and submitted to “%(workflow)s”.") % {
            "title": page.title,
            "workflow": workflow_state.workflow.name,
        }
    messages.success(request, message)


def work_queue(request):
    if not request.user.has_perm("wagtail_localize.submit_translation"):
        raise PermissionDenied

    locale = Locale.objects.filter(language_code=ENGLISH).first()
    queue = build_work_queue(locale) if locale else None
    return TemplateResponse(
        request,
        "translation/work_queue.html",
        {"queue": queue, "locale": locale, "page_title": _("Translation work")},
    )


@require_http_methods(["GET", "POST"])
def submit_for_review(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied

    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()
    if translation is None:
        messages.error(request, _("“%(title)s” is not a translation made with the translation editor.") % {"title": page.title})
        return redirect("wagtailadmin_explore", page.get_parent().pk)

    if request.method == "GET":
        return TemplateResponse(
            request,
            "translation/submit_for_review.html",
            {"page": page, "workflow": page.get_workflow(), "page_title": _("Submit translation for review")},
        )

    state = submit_translation(translation, user=request.user)
    report_submission(request, page, state)
    return redirect(reverse("wagtailadmin_explore", args=[page.get_parent().pk]))
