"""Load the demo content into the site; rerunning it changes nothing that is already there."""

import io
import logging

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify
from PIL import Image, ImageDraw

from activities.models import ActivityLeader, ActivityPage
from core.site_tree import ensure_site_tree
from leaders.models import LeaderPage, Office, Term
from photos.models import Photo
from regions.models import Region
from speeches.models import SpeechPage

from . import content

logger = logging.getLogger("potret.demo")

DEMO_NOTE = "Konten contoh untuk demo; tokoh dan peristiwanya rekaan."
PHOTO_COLOURS = [(11, 83, 148), (56, 118, 29), (153, 0, 0), (180, 95, 6)]


def _publish_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _demo_photo(title, index, leader):
    """Create a plain coloured picture so demo stories show real renditions."""
    picture = Image.new("RGB", (1200, 800), PHOTO_COLOURS[index % len(PHOTO_COLOURS)])
    ImageDraw.Draw(picture).text((40, 40), f"Foto contoh {index + 1}", fill=(255, 255, 255))
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=80)
    photo = Photo(
        title=f"{title} ({index + 1})",
        description=f"Foto contoh {index + 1} untuk berita: {title}",
        caption=f"Foto contoh {index + 1}: {title}.",
        credit="Biro Adpim (contoh)",
        usage_note="Contoh: bebas dipakai untuk keperluan pemberitaan dengan mencantumkan kredit.",
        file=ImageFile(buffer, name=f"{slugify(title)[:60]}-{index + 1}.jpg"),
    )
    photo.save()
    photo.leaders.add(leader)
    return photo


def _load_leaders(tree):
    offices = {
        row["name"]: Office.objects.get_or_create(name=row["name"], defaults=row)[0] for row in content.OFFICES
    }
    leaders = {}
    for row in content.LEADERS:
        leader = LeaderPage.objects.filter(title=row["title"]).first()
        if leader is None:
            leader = _publish_child(
                tree.leaders,
                LeaderPage(
                    title=row["title"],
                    full_name=row["full_name"],
                    biography=row["biography"],
                    listing_summary=DEMO_NOTE,
                ),
            )
            for office_name, kind, start, end in row["terms"]:
                term = Term(office=offices[office_name], leader=leader, kind=kind, start_date=start, end_date=end)
                term.full_clean()
                term.save()
        leaders[row["title"]] = leader
    return leaders


def _load_activities(tree, leaders):
    for row in content.ACTIVITIES:
        if ActivityPage.objects.filter(title=row["title"]).exists():
            continue
        first_leader = leaders[row["leaders"][0]]
        body = [("paragraph", f"<p>{escape(text)}</p>") for text in row["paragraphs"]]
        photos = [_demo_photo(row["title"], index, first_leader) for index in range(row["photos"])]
        if len(photos) >= 2:
            body.append(("gallery", {"title": "", "photos": photos}))
        elif photos:
            body.insert(1, ("photo", {"image": photos[0], "caption": ""}))
        page = ActivityPage(
            title=row["title"],
            event_date=row["date"],
            event_time=row["time"],
            venue=row["venue"],
            listing_summary=DEMO_NOTE,
            body=body,
            regions=[Region.objects.get(slug=row["region"])],
        )
        for number, name in enumerate(row["leaders"]):
            page.leader_links.add(ActivityLeader(leader=leaders[name], sort_order=number))
        _publish_child(tree.activities, page)


def _load_speeches(tree, leaders):
    for row in content.SPEECHES:
        if SpeechPage.objects.filter(title=row["title"]).exists():
            continue
        page = SpeechPage(
            title=row["title"],
            event_date=row["date"],
            event_time=row["time"],
            venue=row["venue"],
            speaker=leaders[row["speaker"]],
            speaker_role=row["speaker_role"],
            event_name=row["event_name"],
            text_kind=row["text_kind"],
            listing_summary=DEMO_NOTE,
            text=[("paragraph", text) for text in row["paragraphs"]],
            regions=[Region.objects.get(slug=row["region"])],
        )
        _publish_child(tree.speeches, page)


@transaction.atomic
def load_demo_content():
    tree = ensure_site_tree()
    leaders = _load_leaders(tree)
    _load_activities(tree, leaders)
    _load_speeches(tree, leaders)
    logger.info("Demo content loaded: leaders=%s", len(leaders))
    return tree
