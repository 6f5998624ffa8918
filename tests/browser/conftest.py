"""Browser tests: Playwright drives Debian's chromium against pytest-django's live server.

Playwright is never asked to download a browser: the tests launch /usr/bin/chromium, which
scripts/test.sh installs from Debian's packages. Without chromium or axe-core the tests skip
on a laptop and fail when the CI variable is set, so a CI run cannot pass without them.
"""

import datetime
import io
import os
import random
from pathlib import Path

import pytest
from django.core.files.images import ImageFile
from PIL import Image, ImageDraw

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless=new",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE_SCRIPT = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"

# The Playwright sync API runs an event loop in the test thread, and Django refuses ORM calls
# from a thread with a running loop unless told that this use is safe. Here it is: the loop
# only drives the browser, and the ORM calls are the test's own setup.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def missing_tool(reason):
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI must have it (scripts/test.sh installs it)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        missing_tool(f"{CHROMIUM} is not installed (apt-get install chromium)")
    if not AXE_SCRIPT.exists():
        missing_tool(f"{AXE_SCRIPT} is missing (run npm ci)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    # The site's Content-Security-Policy forbids inline scripts, and axe-core is injected as one.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    page = context.new_page()
    page.set_default_timeout(30_000)
    yield page
    context.close()


def photo_like_jpeg(width, height, seed):
    """Return a JPEG that compresses like a photograph: gradients, shapes and mild grain."""
    generator = random.Random(seed)
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    top = tuple(generator.randrange(40, 220) for _ in range(3))
    bottom = tuple(generator.randrange(20, 200) for _ in range(3))
    for y in range(height):
        share = y / height
        draw.line([(0, y), (width, y)], fill=tuple(int(a + (b - a) * share) for a, b in zip(top, bottom)))
    for _ in range(25):
        x, y = generator.randrange(width), generator.randrange(height)
        radius = generator.randrange(width // 30, width // 6)
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=tuple(generator.randrange(256) for _ in range(3)))
    grain = Image.effect_noise((width, height), 12).convert("RGB")
    image = Image.blend(image, grain, 0.08)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=92)
    return buffer.getvalue()


def axe_violations(page):
    """Run axe-core on the page and return its violations as readable lines."""
    page.add_script_tag(path=str(AXE_SCRIPT))
    result = page.evaluate("async () => await axe.run(document)")
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} at "
        + ", ".join(str(node["target"]) for node in violation["nodes"][:5])
        for violation in result["violations"]
    ]


@pytest.fixture(autouse=True)
def migration_rows(transactional_db):
    """Recreate the rows that Wagtail's migrations create, when an earlier flush removed them.

    Live-server tests run in transactional mode, which empties the tables after each test.
    `serialized_rollback` restores them, but on PostgreSQL after non-transactional tests in the
    same run the default locale was found missing, so the tests do not depend on it.
    """
    from django.conf import settings
    from wagtail.models import Collection, Locale, Page

    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if not Page.get_first_root_node():
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")


@pytest.fixture
def site_content(migration_rows, make_leader, make_office, make_activity, make_speech):
    """A small published site: three leaders in office, a story with 10 photos and a speech."""
    from activities.models import ActivityLeader
    from leaders.models import Term
    from photos.models import Photo
    from topics.models import Topic

    governor = make_leader("Rudy Mas'ud", full_name="Dr. H. Rudy Mas'ud, S.E., M.E.")
    vice = make_leader("Seno Aji")
    secretary = make_leader("Sri Wahyuni")
    for rank, (name, leader) in enumerate([("Gubernur", governor), ("Wakil Gubernur", vice), ("Sekretaris Daerah", secretary)]):
        Term.objects.create(office=make_office(name, rank=rank), leader=leader, start_date=datetime.date(2025, 2, 20))

    photos = []
    for number in range(1, 11):
        photo = Photo(
            title=f"Kunjungan kerja Gubernur {number}",
            description=f"Gubernur meninjau jembatan, foto {number}",
            caption=f"Gubernur Kalimantan Timur meninjau jembatan, foto {number}.",
            credit="Biro Adpim Setdaprov Kaltim",
            usage_note="Bebas dipakai untuk pemberitaan dengan kredit.",
            file=ImageFile(io.BytesIO(photo_like_jpeg(2400, 1600, number)), name=f"DSC_2025_KALTIM_{number:04d}.JPG"),
        )
        photo.save()
        photos.append(photo)

    topic = Topic.objects.create(name="Infrastruktur")
    body = [
        ("paragraph", "<p>Gubernur Kalimantan Timur meninjau pembangunan jembatan di Samarinda.</p>"),
        ("photo", {"image": photos[0], "caption": ""}),
        ("paragraph", "<p>" + "Pembangunan jembatan ini menghubungkan dua kecamatan. " * 12 + "</p>"),
        ("gallery", {"title": "Galeri kunjungan", "photos": photos[1:]}),
    ]
    story = make_activity(
        "Gubernur meninjau jembatan Mahakam",
        body=body,
        leaders=[governor, vice],
        venue="Jembatan Mahakam",
        event_time=datetime.time(9, 30),
    )
    story.leader_links.add(ActivityLeader(leader=secretary))
    story.topics.add(topic)
    story.save_revision().publish()
    related = make_activity("Wakil Gubernur membuka pameran UMKM", leaders=[vice], event_date=datetime.date(2025, 3, 1))
    related.topics.add(topic)
    related.save_revision().publish()

    speech = make_speech(
        "Sambutan Gubernur pada Rapat Paripurna DPRD",
        paragraphs=[f"Paragraf ke-{number} dari sambutan tentang pembangunan daerah." for number in range(1, 13)],
        speaker=governor,
        speaker_role="Gubernur Kalimantan Timur",
        event_name="Rapat Paripurna DPRD Kaltim",
        venue="Gedung DPRD Kaltim",
    )
    return {"governor": governor, "story": story, "speech": speech, "photos": photos}
