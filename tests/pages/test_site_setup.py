"""setup_site builds the page tree once and records the address the site is served on."""

import pytest
from django.core.management import call_command
from wagtail.models import Page, Site


@pytest.mark.django_db
def test_setup_site_is_idempotent():
    call_command("setup_site")
    count = Page.objects.count()

    call_command("setup_site")

    assert Page.objects.count() == count


@pytest.mark.django_db
def test_setup_site_sets_served_address(client):
    call_command("setup_site", hostname="127.0.0.1", port=8000)

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8000)
    assert site.root_page.specific.get_full_url() == "http://127.0.0.1:8000/id/"
