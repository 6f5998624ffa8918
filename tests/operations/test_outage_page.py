"""The error handler distinguishes a database outage (503) from a bug (500)."""

import pytest
from django.db import DatabaseError, InterfaceError, OperationalError
from django.test import RequestFactory

from operations import views


class FakeDriverError(Exception):
    def __init__(self, sqlstate):
        super().__init__("driver error")
        self.sqlstate = sqlstate


def wrapped(error_class, sqlstate):
    error = error_class("wrapped")
    error.__cause__ = FakeDriverError(sqlstate)
    return error


@pytest.fixture
def postgres_vendor(monkeypatch):
    monkeypatch.setattr(views.connection, "vendor", "postgresql")


@pytest.mark.parametrize("sqlstate", [None, "08006", "08001", "57P01", "57P03"])
def test_connection_errors_are_outage(db, postgres_vendor, sqlstate):
    assert views.is_database_outage(wrapped(OperationalError, sqlstate))


def test_interface_error_is_outage(db):
    assert views.is_database_outage(InterfaceError("connection already closed"))


def test_syntax_error_on_live_database_is_bug(db, postgres_vendor):
    assert not views.is_database_outage(wrapped(OperationalError, "42601"))


def test_non_database_error_is_bug(db):
    assert not views.is_database_outage(ValueError("x"))


def test_outage_page_is_indonesian_503(db, postgres_vendor):
    request = RequestFactory().get("/id/")
    try:
        raise wrapped(OperationalError, None)
    except DatabaseError:
        response = views.server_error(request)

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Layanan sementara tidak tersedia" in response.content.decode()


def test_bug_page_is_500(db):
    request = RequestFactory().get("/id/")
    try:
        raise ValueError("bug")
    except ValueError:
        response = views.server_error(request)

    assert response.status_code == 500
    assert "Kesalahan server" in response.content.decode()
