"""StreamField blocks for the body of activity stories and speeches."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtailmedia.blocks import AudioChooserBlock, VideoChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h2", "h3"]


class PhotoBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("photo"))
    caption = blocks.CharBlock(
        label=_("caption"),
        required=False,
        help_text=_("Left empty, the photo's own caption is shown."),
    )

    class Meta:
        icon = "image"
        label = _("Photo")
        template = "core/blocks/photo_block.html"
        help_text = _("One photo with its caption and credit.")


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False)
    photos = blocks.ListBlock(ImageChooserBlock(label=_("photo")), label=_("photos"), min_num=2)

    class Meta:
        icon = "grip"
        label = _("Gallery")
        template = "core/blocks/gallery_block.html"
        help_text = _("Two or more photos shown as a gallery.")


class VideoEmbedBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("video address"), help_text=_("Address of a video on YouTube or another service."))
    caption = blocks.CharBlock(label=_("caption"), required=False)

    class Meta:
        icon = "media"
        label = _("Video (embed)")
        template = "core/blocks/video_embed_block.html"


class VideoFileBlock(blocks.StructBlock):
    media = VideoChooserBlock(label=_("video file"))
    caption = blocks.CharBlock(label=_("caption"), required=False)

    class Meta:
        icon = "media"
        label = _("Video file")
        template = "core/blocks/video_file_block.html"


class AudioFileBlock(blocks.StructBlock):
    media = AudioChooserBlock(label=_("audio file"))
    caption = blocks.CharBlock(label=_("caption"), required=False)

    class Meta:
        icon = "media"
        label = _("Audio file")
        template = "core/blocks/audio_file_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quotation"))
    speaker = blocks.PageChooserBlock(
        label=_("speaker"),
        page_type="leaders.LeaderPage",
        required=False,
        help_text=_("The leader quoted. Leave empty and fill 'attribution' for anyone else."),
    )
    attribution = blocks.CharBlock(label=_("attribution"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "core/blocks/quote_block.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("speaker") and not value.get("attribution"):
            raise StructBlockValidationError(
                block_errors={"attribution": ValidationError(_("Choose the speaker or write who said it."))}
            )
        return value


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(label=_("link text"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "core/blocks/document_block.html"


class StoryBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Paragraph"),
        icon="pilcrow",
        template="core/blocks/paragraph_block.html",
    )
    photo = PhotoBlock()
    gallery = GalleryBlock()
    video = VideoEmbedBlock()
    video_file = VideoFileBlock()
    audio = AudioFileBlock()
    quote = QuoteBlock()
    document = DocumentBlock()


class SpeechParagraphBlock(blocks.TextBlock):
    """One paragraph of a speech, numbered on the page so it can be linked and cited."""

    class Meta:
        icon = "pilcrow"
        label = _("Speech paragraph")
        form_classname = "speech-paragraph"


class SpeechTextBlock(blocks.StreamBlock):
    paragraph = SpeechParagraphBlock()
    heading = blocks.CharBlock(label=_("Section heading"), icon="title", form_classname="title")


def photo_instances_in_stream(stream):
    """Return every photo object of a story body's photo and gallery blocks, repeats included."""
    photos = []
    for block in stream:
        if block.block_type == "photo":
            photos.append(block.value["image"])
        elif block.block_type == "gallery":
            photos.extend(block.value["photos"])
    return [photo for photo in photos if photo is not None]


def photos_in_stream(stream):
    """Return the photos of a story body in reading order, each once, from photo and gallery blocks."""
    photos = photo_instances_in_stream(stream)
    seen = set()
    unique = []
    for photo in photos:
        if photo is not None and photo.pk not in seen:
            seen.add(photo.pk)
            unique.append(photo)
    return unique
