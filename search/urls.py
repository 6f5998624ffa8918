from django.urls import path

from . import views

app_name = "search"
urlpatterns = [
    path("", views.search, name="search"),
    path("autocomplete/", views.autocomplete, name="autocomplete"),
    path("cek-kutipan/", views.quote_check, name="quote_check"),
]
