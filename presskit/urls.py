from django.urls import path

from . import views

app_name = "presskit"
urlpatterns = [
    path("foto/<int:photo_id>/", views.photo_detail, name="photo"),
    path("foto/<int:photo_id>/asli/", views.photo_original, name="photo_original"),
    path("kegiatan/<int:page_id>/", views.story_photos, name="story"),
    path("kegiatan/<int:page_id>/foto.zip", views.story_zip, name="story_zip"),
]
