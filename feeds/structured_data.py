"""schema.org JSON-LD for each page type (vocabulary at https://schema.org).

Activity stories are NewsArticle, leaders Person, speeches CreativeWork with the speaker
as author and creator (schema.org has no type for a speech), the home page WebSite and
every other page WebPage.
"""

import json

from django.utils.safestring import mark_safe
from django.utils.timezone import localtime
from wagtail.models import Site

from core.dates import local_today

from .metadata import site_name

# Escapes that keep JSON inside <script> from closing the element or opening a comment.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld_script(data):
    """Render `data` as a <script type="application/ld+json"> element, safe inside HTML."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=False).translate(SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308 - escaped above


def publisher(request):
    site = Site.find_for_request(request)
    url = f"{site.root_url}/" if site else request.build_absolute_uri("/")
    return {"@type": "Organization", "name": site_name(request), "url": url}


def person_reference(leader, request):
    return {"@type": "Person", "name": leader.title, "url": leader.get_full_url(request)}


def place(page):
    names = [page.venue] if page.venue else []
    names += [region.name for region in page.localized_snippets("regions")]
    if not names:
        return None
    return {"@type": "Place", "name": ", ".join(names)}


def common_fields(page, metadata, request):
    data = {
        "@context": "https://schema.org",
        "url": metadata.url,
        "name": page.title,
        "inLanguage": metadata.language,
    }
    if metadata.description:
        data["description"] = metadata.description
    if metadata.image:
        data["image"] = metadata.image.url
    return data


def dated_fields(page, request):
    data = {"publisher": publisher(request)}
    if page.first_published_at:
        data["datePublished"] = localtime(page.first_published_at).isoformat()
    if page.last_published_at:
        data["dateModified"] = localtime(page.last_published_at).isoformat()
    topics = [topic.name for topic in page.localized_snippets("topics")]
    if topics:
        data["keywords"] = topics
    return data


def news_article(page, metadata, request):
    data = common_fields(page, metadata, request) | dated_fields(page, request)
    data |= {
        "@type": "NewsArticle",
        "headline": page.title,
        "mainEntityOfPage": metadata.url,
        "author": publisher(request),
    }
    # select_related loads every linked leader in the same query as the links.
    linked = [link.leader for link in page.leaders_present()]
    leaders = [person_reference(leader, request) for leader in linked]
    if leaders:
        data["about"] = leaders
    location = place(page)
    if location:
        data["contentLocation"] = location
    if page.event_start:
        data["dateCreated"] = page.event_start.isoformat()
    return data


def speech_work(page, metadata, request):
    data = common_fields(page, metadata, request) | dated_fields(page, request)
    data |= {"@type": "CreativeWork", "genre": "speech", "headline": page.title}
    if page.speaker:
        speaker = person_reference(page.speaker, request)
        data["author"] = speaker
        data["creator"] = speaker
    if page.event_start:
        data["dateCreated"] = page.event_start.isoformat()
    location = place(page)
    if location:
        data["locationCreated"] = location
    if page.event_name:
        event = {"@type": "Event", "name": page.event_name}
        if page.event_start:
            event["startDate"] = page.event_start.isoformat()
        if location:
            event["location"] = location
        data["recordedAt"] = event
    return data


def current_job_titles(leader):
    return [term.title() for term in leader.current_terms(local_today())]


def person(page, metadata, request):
    data = common_fields(page, metadata, request) | {"@type": "Person", "name": page.title}
    alternate_names = ([page.full_name] if page.full_name else []) + page.name_variant_list()
    if alternate_names:
        data["alternateName"] = alternate_names
    same_as = [channel.url for channel in page.channels.all()]
    if same_as:
        data["sameAs"] = same_as
    job_titles = current_job_titles(page)
    if job_titles:
        data["jobTitle"] = job_titles if len(job_titles) > 1 else job_titles[0]
    return data


def website(page, metadata, request):
    return common_fields(page, metadata, request) | {"@type": "WebSite", "publisher": publisher(request)}


def web_page(page, metadata, request):
    return common_fields(page, metadata, request) | {"@type": "WebPage"}


def json_ld_for(page, metadata, request):
    from activities.models import ActivityPage
    from home.models import HomePage
    from leaders.models import LeaderPage
    from speeches.models import SpeechPage

    builders = [(ActivityPage, news_article), (SpeechPage, speech_work), (LeaderPage, person), (HomePage, website)]
    for model, builder in builders:
        if isinstance(page, model):
            return builder(page, metadata, request)
    return web_page(page, metadata, request)
