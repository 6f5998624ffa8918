"""Translations of already loaded objects in a page's locale, for pages shown in English."""


def in_locale(instances, locale_id, candidates=None):
    """Return {pk: the instance's translation in `locale_id`, or the instance itself}.

    One query looks up the translations of the instances outside the locale, and no query
    runs when all of them are in it already (the usual case on Indonesian pages).
    `candidates` narrows the translations considered, e.g. to live pages.
    """
    instances = list(instances)
    elsewhere = {instance.translation_key for instance in instances if instance.locale_id != locale_id}
    found = {}
    if elsewhere:
        queryset = candidates if candidates is not None else type(instances[0])._default_manager.all()
        translations = queryset.filter(translation_key__in=elsewhere, locale_id=locale_id)
        found = {translation.translation_key: translation for translation in translations}
    return {instance.pk: found.get(instance.translation_key, instance) for instance in instances}
