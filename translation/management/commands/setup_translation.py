from django.core.management.base import BaseCommand

from translation.english_tree import ensure_english_tree
from translation.permissions import TRANSLATORS_GROUP, grant_translator_permissions
from translation.signals import create_missing_photo_texts


class Command(BaseCommand):
    help = (
        "Create the English locale, publish the English home and section index pages, "
        "give the translators' group its rights on the English tree, and make the captions of "
        "existing photos translatable. Safe to run again."
    )

    def handle(self, *args, **options):
        tree = ensure_english_tree()
        grant_translator_permissions(tree.home)
        photo_texts = create_missing_photo_texts()
        self.stdout.write(
            f"English tree ready: home page id {tree.home.pk}; group {TRANSLATORS_GROUP!r} may translate it; "
            f"{photo_texts} photo caption(s) made translatable."
        )
