"""Guards that make CI fail, rather than skip, when a service it promised is missing."""

import os

import pytest
from django.db import connection


@pytest.mark.django_db
def test_database_is_postgresql_when_required():
    if not os.environ.get("REQUIRE_POSTGRES"):
        pytest.skip("REQUIRE_POSTGRES is not set: running on the configured database, whatever it is")
    assert connection.vendor == "postgresql"
