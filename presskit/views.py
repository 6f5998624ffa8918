"""Press kit: each published photo's original with its caption, credit and usage note, and a
story's photos as one ZIP."""

from django.http import FileResponse, Http404, StreamingHttpResponse
from django.template.response import TemplateResponse
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_GET

from . import access
from .archive import stream_story_zip
from .filenames import photo_filename, story_zip_filename


@require_GET
def photo_detail(request, photo_id):
    photo = access.published_photo_or_404(photo_id)
    return TemplateResponse(request, "presskit/photo.html", {"photo": photo})


@require_GET
def photo_original(request, photo_id):
    photo = access.published_photo_or_404(photo_id)
    try:
        source = photo.file.open("rb")
    except FileNotFoundError as error:
        raise Http404("The original file is missing.") from error
    return FileResponse(source, as_attachment=True, filename=photo_filename(photo))


@require_GET
def story_photos(request, page_id):
    page = access.published_story_or_404(page_id)
    context = {"story": page, "photos": access.story_photos(page)}
    return TemplateResponse(request, "presskit/story.html", context)


@require_GET
def story_zip(request, page_id):
    page = access.published_story_or_404(page_id)
    photos = access.story_photos(page)
    if not photos:
        raise Http404("This story has no photos.")
    chunks = stream_story_zip(page.title, page.get_full_url(request) or "", photos)
    response = StreamingHttpResponse(chunks, content_type="application/zip")
    response["Content-Disposition"] = content_disposition_header(True, story_zip_filename(page))
    return response

