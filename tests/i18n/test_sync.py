"""A translation becomes live only through the approval workflow, never on creation or sync."""

from django.urls import reverse
from wagtail.models import Page, Workflow, WorkflowState
from wagtail_localize.models import Translation

from translation import drafts


def _live_title(page):
    return Page.objects.get(pk=page.pk).title


def test_save_target_is_draft_only():
    assert Translation.save_target is drafts._draft_only_save_target


def test_new_translation_is_draft(make_activity, start_translation):
    source = make_activity("Gubernur meresmikan jembatan Mahakam")

    english = start_translation(source)

    assert english.live is False
    assert english.current_workflow_state is None


def test_editor_publish_submits_to_workflow(admin_client, make_activity, start_translation, translate_strings):
    source = make_activity("Gubernur meresmikan jembatan Mahakam")
    english = start_translation(source)
    translate_strings(source, {"Gubernur meresmikan jembatan Mahakam": "Governor opens the Mahakam bridge"})

    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[english.pk]), {"action": "publish"})

    assert response.status_code == 302
    english.refresh_from_db()
    assert english.live is False
    assert english.get_latest_revision_as_object().title == "Governor opens the Mahakam bridge"
    state = english.current_workflow_state
    assert state is not None
    assert state.status == WorkflowState.STATUS_IN_PROGRESS


def test_approved_translation_goes_live(admin_user, make_activity, start_translation, translate_strings):
    source = make_activity("Gubernur meresmikan jembatan Mahakam")
    english = start_translation(source)
    translation = translate_strings(source, {"Gubernur meresmikan jembatan Mahakam": "Governor opens the Mahakam bridge"})
    state = drafts.submit_translation(translation.translations.get(target_locale=english.locale), user=admin_user)

    state.current_task_state.task.specific.on_action(state.current_task_state, admin_user, "approve")

    english.refresh_from_db()
    assert english.live is True
    assert english.title == "Governor opens the Mahakam bridge"


def _publish_english(source, english, user, translate_strings, mapping):
    translation = translate_strings(source, mapping).translations.get(target_locale=english.locale)
    state = drafts.submit_translation(translation, user=user)
    state.current_task_state.task.specific.on_action(state.current_task_state, user, "approve")
    english.refresh_from_db()
    assert english.live
    return translation


def test_sync_after_source_edit_keeps_live_version(admin_client, admin_user, make_activity, start_translation, translate_strings):
    source = make_activity("Gubernur meresmikan jembatan Mahakam", venue="Samarinda")
    english = start_translation(source)
    translation = _publish_english(
        source, english, admin_user, translate_strings,
        {"Gubernur meresmikan jembatan Mahakam": "Governor opens the Mahakam bridge"},
    )

    source.title = "Gubernur meresmikan jembatan Mahakam IV"
    source.save_revision().publish()
    url = reverse("wagtail_localize:update_translations", args=[translation.source.pk])
    response = admin_client.post(url, {"publish_translations": "on"})

    assert response.status_code == 302
    english.refresh_from_db()
    assert english.live is True
    assert _live_title(english) == "Governor opens the Mahakam bridge"
    assert english.has_unpublished_changes is True
    assert english.get_latest_revision_as_object().title == "Gubernur meresmikan jembatan Mahakam IV"
    assert english.current_workflow_state is not None


def test_sync_without_publish_changes_nothing_live(admin_client, admin_user, make_activity, start_translation, translate_strings):
    source = make_activity("Wagub membuka rapat kerja daerah")
    english = start_translation(source)
    translation = _publish_english(
        source, english, admin_user, translate_strings,
        {"Wagub membuka rapat kerja daerah": "Vice Governor opens the regional work meeting"},
    )

    source.title = "Wagub membuka rapat kerja daerah 2025"
    source.save_revision().publish()
    url = reverse("wagtail_localize:update_translations", args=[translation.source.pk])
    admin_client.post(url, {})

    translation.source.refresh_from_db()
    assert translation.source.as_instance().title == "Wagub membuka rapat kerja daerah 2025"
    assert _live_title(english) == "Vice Governor opens the regional work meeting"
    english.refresh_from_db()
    assert english.current_workflow_state is None


def test_draft_sync_of_live_page_keeps_page_row(admin_user, make_activity, start_translation, translate_strings):
    source = make_activity("Sekda memimpin apel pagi")
    english = start_translation(source)
    translation = _publish_english(
        source, english, admin_user, translate_strings, {"Sekda memimpin apel pagi": "Regional Secretary leads the morning assembly"}
    )

    source.title = "Sekda memimpin apel pagi di halaman kantor gubernur"
    source.save_revision().publish()
    translation.source.update_from_db()
    drafts.save_translation_draft(translation, user=admin_user)

    assert _live_title(english) == "Regional Secretary leads the morning assembly"
    english.refresh_from_db()
    assert english.live_revision_id != english.latest_revision_id


def test_submit_without_workflow_leaves_draft(admin_user, make_activity, start_translation, translate_strings):
    Workflow.objects.update(active=False)
    source = make_activity("Gubernur menerima kunjungan duta besar")
    english = start_translation(source)
    translation = translate_strings(source, {"Gubernur menerima kunjungan duta besar": "Governor receives an ambassador"})

    state = drafts.submit_translation(translation.translations.get(target_locale=english.locale), user=admin_user)

    assert state is None
    english.refresh_from_db()
    assert english.live is False


def test_translator_submits_for_review(translator_client, make_activity, start_translation, translate_strings):
    client = translator_client
    source = make_activity("Gubernur meninjau banjir di Samarinda")
    english = start_translation(source)
    translate_strings(source, {"Gubernur meninjau banjir di Samarinda": "Governor inspects the floods in Samarinda"})
    url = reverse("translation_submit_for_review", args=[english.pk])

    page = client.get(url)
    response = client.post(url)

    assert page.status_code == 200
    assert response.status_code == 302
    english.refresh_from_db()
    assert english.live is False
    assert english.current_workflow_state is not None


def test_work_queue_after_source_edit(admin_user, english, make_activity, start_translation, translate_strings):
    from translation.queue import build_work_queue

    untranslated = make_activity("Wagub menghadiri rapat paripurna DPRD")
    draft_source = make_activity("Sekda memimpin rapat evaluasi anggaran")
    draft = start_translation(draft_source)
    edited = make_activity("Gubernur meresmikan rumah sakit daerah")
    english_page = start_translation(edited)
    _publish_english(edited, english_page, admin_user, translate_strings, {"Gubernur meresmikan rumah sakit daerah": "Governor opens the regional hospital"})
    edited.title = "Gubernur meresmikan RSUD baru"
    edited.save_revision().publish()

    queue = build_work_queue(english)

    assert [page.pk for page in queue.untranslated] == [untranslated.pk]
    assert [page.pk for page in queue.out_of_sync] == [english_page.pk]
    assert [page.pk for page in queue.drafts] == [draft.pk]


def test_locked_translation_not_submitted(client, django_user_model, make_activity, start_translation, translate_strings):
    source = make_activity("Gubernur melantik kepala dinas")
    english = start_translation(source)
    translate_strings(source, {"Gubernur melantik kepala dinas": "Governor swears in department heads"})
    owner = django_user_model.objects.create_superuser("pemilik", "pemilik@example.org", "rahasia-123")
    other = django_user_model.objects.create_superuser("lain", "lain@example.org", "rahasia-123")
    english.locked = True
    english.locked_by = owner
    english.save()
    client.force_login(other)

    client.post(reverse("wagtailadmin_pages:edit", args=[english.pk]), {"action": "publish"})

    english.refresh_from_db()
    assert english.current_workflow_state is None
    assert english.get_latest_revision_as_object().title == "Gubernur melantik kepala dinas"
