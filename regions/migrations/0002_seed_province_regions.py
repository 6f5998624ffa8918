"""Seed the province's 7 regencies and 3 cities (East Kalimantan, after the 2013 split of North Kalimantan).

Other places are content: editors and the import add them as they come up.
"""

import uuid

from django.db import migrations

REGENCIES = [
    ("Berau", ""),
    ("Kutai Barat", "Kubar"),
    ("Kutai Kartanegara", "Kukar, Tenggarong"),
    ("Kutai Timur", "Kutim, Sangatta"),
    ("Mahakam Ulu", "Mahulu"),
    ("Paser", "Tana Paser"),
    ("Penajam Paser Utara", "PPU, Penajam"),
]
CITIES = [("Balikpapan", ""), ("Bontang", ""), ("Samarinda", "")]


def seed_regions(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Region = apps.get_model("regions", "Region")
    locale, _ = Locale.objects.get_or_create(language_code="id")
    rows = [(name, aliases, "regency") for name, aliases in REGENCIES] + [
        (name, aliases, "city") for name, aliases in CITIES
    ]
    for name, aliases, kind in rows:
        slug = name.lower().replace(" ", "-")
        if Region.objects.filter(locale=locale, slug=slug).exists():
            continue
        Region.objects.create(
            locale=locale,
            translation_key=uuid.uuid4(),
            name=name,
            slug=slug,
            kind=kind,
            in_province=True,
            aliases=aliases,
        )


class Migration(migrations.Migration):
    dependencies = [
        ("regions", "0001_initial"),
        ("wagtailcore", "0054_initial_locale"),
    ]

    operations = [migrations.RunPython(seed_regions, migrations.RunPython.noop)]
