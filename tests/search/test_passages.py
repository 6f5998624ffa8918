"""Plain-text passages of stories and speeches, read for snippets and the quote check."""

import pytest
from wagtail.models import Page

from search.passages import page_passages
from tests.public.conftest import make_photo, make_story  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db


@pytest.fixture
def story_with_photos(make_photo, make_story):
    photos = [make_photo(title=f"Foto {n}") for n in range(3)]
    story = make_story(title="Gubernur meninjau Jembatan Mahakam", photos=photos)
    story.body.append(("paragraph", "<p>Dana <b>Rp 1,2 triliun</b> &amp; target <i>selesai</i> 2026.</p>"))
    story.body.append(("quote", {"text": "Jembatan ini untuk warga Benua Etam.", "attribution": "Gubernur"}))
    story.body.append(("paragraph", "<p> </p>"))
    story.save_revision().publish()
    return story


def test_story_passages_keep_text_blocks(story_with_photos):
    page = Page.objects.get(pk=story_with_photos.pk).specific

    assert page_passages(page) == [
        (None, "Gubernur Kalimantan Timur meninjau pembangunan jembatan."),
        (None, "Dana Rp 1,2 triliun &amp; target selesai 2026."),
        (None, "Jembatan ini untuk warga Benua Etam."),
    ]


def test_story_passages_load_no_photos(django_assert_num_queries, story_with_photos):
    page = Page.objects.get(pk=story_with_photos.pk).specific

    with django_assert_num_queries(0):
        page_passages(page)


def test_speech_passages_anchor_paragraphs(make_speech):
    speech = make_speech("Sambutan Gubernur", paragraphs=["Assalamualaikum.", "Mari bangun Benua Etam bersama."])

    passages = page_passages(Page.objects.get(pk=speech.pk).specific)

    assert passages == [("p1", "Assalamualaikum."), ("p2", "Mari bangun Benua Etam bersama.")]
