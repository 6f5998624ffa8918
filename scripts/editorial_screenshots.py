#!/usr/bin/env python
"""Regenerate the screenshots of the Indonesian editors' guide (docs/panduan-redaksi.md).

Builds a scratch SQLite site with the editorial groups and sample stories in every
workflow state, serves it with runserver on a free port of 127.0.0.1, and drives Debian's
chromium (/usr/bin/chromium) through Playwright to capture the real admin screens.
Playwright's own browser download is never used.

Usage: .venv/bin/python scripts/editorial_screenshots.py [--output docs/panduan-redaksi]
"""

import argparse
import datetime
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
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
PASSWORD = "contoh-sandi-lokal-2025"
VIEWPORT = {"width": 1280, "height": 860}

# username: (group, first name, last name)
USERS = {
    "rina": ("Penulis", "Rina", "Wulandari"),
    "budi": ("Redaktur", "Budi", "Santoso"),
    "aini": ("Penyetuju", "Nur", "Aini"),
    "admin": ("Administrator", "Admin", "Biro"),
}


def scratch_environment(folder):
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings.dev",
            "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
            "MEDIA_ROOT": str(folder / "media"),
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "DEBUG": "true",
        }
    )
    return env


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"runserver did not respond at {url} within {timeout} s; run it by hand to see its error")


# --- seeding, run in a child process with Django set up -------------------------------------


def seed():
    """Create the users and one story in each state the guide shows; print the page ids."""
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.utils import timezone
    from wagtail.models import Page

    from activities.models import ActivityPage
    from core.site_tree import ensure_site_tree
    from editorial.changes import mark_change
    from editorial.withdrawals import withdraw_page

    tree = ensure_site_tree()
    users = {}
    for username, (group, first, last) in USERS.items():
        user = get_user_model().objects.create_user(
            username, f"{username}@biro.example", PASSWORD, first_name=first, last_name=last
        )
        user.groups.add(Group.objects.get(name=group))
        users[username] = user

    def story(slug, title, text, owner):
        page = ActivityPage(
            title=title, slug=slug, event_date=datetime.date(2025, 3, 7), owner=owner, live=False,
            body=[("paragraph", f"<p>{text}</p>")], venue="Kantor Gubernur Kaltim, Samarinda",
        )
        tree.activities.add_child(instance=page)
        page.save_revision(user=owner)
        return Page.objects.get(pk=page.pk).specific

    def submit(page, user):
        page.get_workflow().start(page, user)
        return Page.objects.get(pk=page.pk).specific

    def step(page, user, comment=""):
        Page.objects.get(pk=page.pk).current_workflow_task_state.approve(user=user, comment=comment)
        return Page.objects.get(pk=page.pk).specific

    rina, budi, aini = users["rina"], users["budi"], users["aini"]
    at_review = submit(story("banjir-samarinda", "Gubernur tinjau banjir di Samarinda Utara",
                             "Gubernur meninjau permukiman yang tergenang dan menyerahkan bantuan.", rina), rina)
    at_approval = step(submit(story("rakor-inflasi", "Rapat koordinasi pengendalian inflasi daerah",
                                    "Sekda memimpin rapat koordinasi bersama kabupaten dan kota.", rina), rina), budi)

    published = []
    for index, title in enumerate(["Wagub lepas kontingen PON", "Peresmian jembatan Mahakam Ulu", "Apel Hari Kesadaran Nasional"]):
        page = submit(story(f"terbit-{index}", title, "Acara berlangsung di halaman Kantor Gubernur.", rina), rina)
        published.append(step(step(page, budi), aini))

    change = published[0]
    change.body = [("paragraph", "<p>Acara berlangsung di GOR Segiri, Samarinda.</p>")]
    change.save_revision(user=rina)
    change = submit(Page.objects.get(pk=change.pk).specific, rina)

    withdrawn = published[1]
    withdraw_page(withdrawn, aini, "Foto dan keterangan waktu berasal dari acara tahun sebelumnya. Berita akan diterbitkan ulang setelah diperiksa.")

    scheduled = story("hut-kaltim", "Upacara HUT Provinsi Kaltim ke-69", "Upacara dipimpin Gubernur.", rina)
    scheduled.go_live_at = timezone.now() + datetime.timedelta(days=2)
    scheduled.save_revision(user=rina)
    scheduled = step(step(submit(Page.objects.get(pk=scheduled.pk).specific, rina), budi), aini)

    mark_change(published[2], budi, "minor", "")
    print(f"{at_review.pk} {at_approval.pk} {change.pk} {withdrawn.pk} {scheduled.pk} {published[2].pk} {tree.activities.pk}")


# --- screenshots --------------------------------------------------------------------------


class Shooter:
    def __init__(self, browser, base_url, output):
        self.browser = browser
        self.base_url = base_url
        self.output = output
        self.pages = {}

    def as_user(self, username):
        if username not in self.pages:
            context = self.browser.new_context(viewport=VIEWPORT, locale="id-ID")
            page = context.new_page()
            if username:
                page.goto(f"{self.base_url}/admin/login/")
                page.fill("input[name=username]", username)
                page.fill("input[name=password]", PASSWORD)
                page.click("button[type=submit]")
                page.wait_for_url(f"{self.base_url}/admin/")
            self.pages[username] = page
        return self.pages[username]

    def shoot(self, username, path, name, before=None):
        page = self.as_user(username)
        page.goto(f"{self.base_url}{path}")
        page.wait_for_load_state("networkidle")
        if before:
            try:
                before(page)
                page.wait_for_timeout(600)
            except Exception as error:  # noqa: BLE001 - a missing control only costs the extra detail
                print(f"  {name}: could not prepare the view ({error}); captured as it is", file=sys.stderr)
        page.screenshot(path=str(self.output / f"{name}.png"))
        print(f"  wrote {name}.png")


def open_action_menu(page):
    page.click("footer [data-w-dropdown-target='toggle']", timeout=3000)


def open_row_menu(title):
    def open_menu(page):
        page.locator("tr", has_text=title).locator("[data-w-dropdown-target='toggle']").first.click(timeout=3000)

    return open_menu


def open_status_panel(page):
    page.click("[data-side-panel-toggle='status']", timeout=3000)


def capture(base_url, output, ids):
    from playwright.sync_api import sync_playwright

    at_review, at_approval, change, withdrawn, scheduled, _marked, activities = ids
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        shooter = Shooter(browser, base_url, output)
        shooter.shoot("budi", "/admin/", "01-dasbor-redaktur")
        shooter.shoot("rina", f"/admin/pages/add/activities/activitypage/{activities}/", "02-penulis-menulis")
        shooter.shoot("rina", f"/admin/pages/add/activities/activitypage/{activities}/", "03-penulis-ajukan", open_action_menu)
        shooter.shoot("budi", f"/admin/pages/{at_review}/edit/", "04-telaah-redaktur", open_action_menu)
        shooter.shoot("aini", f"/admin/pages/{at_approval}/edit/", "05-persetujuan", open_action_menu)
        shooter.shoot("budi", f"/admin/pages/{change}/edit/", "06-perubahan-halaman-terbit", open_action_menu)
        shooter.shoot("budi", f"/admin/editorial/mark-change/{change}/", "07-tandai-perubahan")
        shooter.shoot("rina", f"/admin/pages/{scheduled}/edit/", "08-jadwal-terbit", open_status_panel)
        shooter.shoot("aini", f"/admin/pages/{activities}/", "09-daftar-kegiatan", open_row_menu("Apel Hari Kesadaran Nasional"))
        shooter.shoot("aini", f"/admin/editorial/withdraw/{_marked}/", "10-tarik-halaman")
        shooter.shoot(None, "/id/kegiatan/terbit-1/", "11-pemberitahuan-penarikan")
        shooter.shoot("aini", "/admin/editorial/reports/approvals/", "12-laporan-persetujuan")
        shooter.shoot("admin", f"/admin/pages/{withdrawn}/history/", "13-riwayat-halaman")
        browser.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", default=str(ROOT / "docs" / "panduan-redaksi"), help="folder for the PNG files")
    parser.add_argument("--seed", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.seed:
        seed()
        return
    if not Path(CHROMIUM).exists():
        sys.exit(f"{CHROMIUM} is missing: install Debian's chromium with 'apt-get install -y chromium'.")

    output = Path(options.output)
    output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="potret-screens-") as folder:
        env = scratch_environment(Path(folder))
        manage(env, "migrate", "--no-input")
        manage(env, "setup_editorial")
        seeded = subprocess.run(
            [PYTHON, __file__, "--seed"], cwd=ROOT, env=env, check=True, capture_output=True, text=True
        )
        ids = [int(value) for value in seeded.stdout.split()[-7:]]

        port = free_port()
        server = subprocess.Popen(
            [PYTHON, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        try:
            base_url = f"http://127.0.0.1:{port}"
            wait_for(f"{base_url}/admin/login/")
            capture(base_url, output, ids)
        finally:
            server.terminate()
            server.wait(timeout=20)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
