"""Create benchmark content and print the paths that bench/load.sh requests, as JSON.

Run with `manage.py shell < bench/seed.py` against an empty, migrated database.
"""

import datetime
import json

from activities.models import ActivityLeader, ActivityPage
from core.site_tree import ensure_site_tree
from leaders.models import LeaderPage, Office, Term
from speeches.models import SpeechPage

STORY_COUNT = 40
SPEECH_COUNT = 15
PARAGRAPH = (
    "Pemerintah Provinsi Kalimantan Timur terus mendorong pembangunan yang merata di seluruh "
    "kabupaten dan kota, dengan perhatian pada pendidikan, kesehatan dan infrastruktur. "
)

tree = ensure_site_tree()
leader = LeaderPage(title="Gubernur Kalimantan Timur", slug="gubernur-kaltim")
tree.leaders.add_child(instance=leader)
leader.save_revision().publish()
office = Office.objects.create(name="Gubernur", rank=1)
Term.objects.create(office=office, leader=leader, kind="definitive", start_date=datetime.date(2025, 2, 20))

for number in range(STORY_COUNT):
    story = ActivityPage(
        title=f"Gubernur Meninjau Pembangunan Jembatan {number}",
        slug=f"gubernur-meninjau-jembatan-{number}",
        event_date=datetime.date(2025, 3, 1) + datetime.timedelta(days=number),
        body=[("paragraph", PARAGRAPH * 4)],
    )
    story.leader_links.add(ActivityLeader(leader=leader))
    tree.activities.add_child(instance=story)
    story.save_revision().publish()

for number in range(SPEECH_COUNT):
    speech = SpeechPage(
        title=f"Sambutan Gubernur pada Rapat Paripurna {number}",
        slug=f"sambutan-rapat-paripurna-{number}",
        event_date=datetime.date(2025, 2, 24) + datetime.timedelta(days=number),
        text=[("paragraph", PARAGRAPH) for _paragraph in range(12)],
    )
    tree.speeches.add_child(instance=speech)
    speech.save_revision().publish()

print(
    json.dumps(
        {
            "home": "/id/",
            "story": story.url,
            "speech": speech.url,
            "leader": leader.url,
            "search": "/id/search/?q=jembatan",
        }
    )
)
