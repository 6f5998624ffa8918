"""Offices, terms, regions and topics are managed in the Wagtail admin."""

import datetime

import pytest
from django.urls import reverse

from leaders.models import Term


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("redaksi", "redaksi@example.org", "rahasia-123")
    client.force_login(user)
    return client


@pytest.mark.django_db
@pytest.mark.parametrize("model", ["leaders_office", "leaders_term", "regions_region", "topics_topic"])
def test_snippet_listing_opens(admin_client, model):
    response = admin_client.get(reverse(f"wagtailsnippets_{model}:list"))

    assert response.status_code == 200


@pytest.mark.django_db
def test_overlapping_term_rejected_in_admin(admin_client, make_leader, make_office):
    office = make_office("Gubernur", rank=10)
    first = make_leader("Isran Noor")
    second = make_leader("Rudy Mas'ud")
    Term.objects.create(office=office, leader=first, start_date=datetime.date(2018, 10, 1),
                        end_date=datetime.date(2023, 10, 1))
    form = {
        "office": office.pk,
        "leader": second.pk,
        "kind": "definitive",
        "start_date": "2020-01-01",
        "start_precision": "day",
        "end_date": "",
        "end_precision": "day",
        "note": "",
    }

    response = admin_client.post(reverse("wagtailsnippets_leaders_term:add"), form)

    assert response.status_code == 200
    assert "tumpang tindih" in response.content.decode()
    assert Term.objects.count() == 1
