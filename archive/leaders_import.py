"""Import leaders.json: one leader page per person and a Term per role.

Years become dates with precision "year": 1 January of the year, which Term widens to
the whole year. `from: null` is an unknown start and `to: null` an open end. Terms are
matched by leader, office, kind and start year, so a corrected end year or note updates
the existing term instead of adding a second one.
"""

import datetime
import json
import logging

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from leaders.models import Term
from leaders.models.offices import DatePrecision

from .lookups import ensure_leader, ensure_office
from .records import MAX_NAME
from .roles import parse_role

logger = logging.getLogger("potret.archive")

MIN_YEAR, MAX_YEAR = 1900, 2100


class LeadersFileError(Exception):
    """leaders.json cannot be read or is not a list of leaders; the message is translated."""


class EntryError(Exception):
    pass


def load_leaders_file(path):
    """Read leaders.json and return its list of entries; raise LeadersFileError with a clear reason."""
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except FileNotFoundError:
        raise LeadersFileError(_("Leaders file not found: %(path)s") % {"path": path}) from None
    except (OSError, UnicodeDecodeError) as error:
        raise LeadersFileError(_("Cannot read the leaders file %(path)s: %(error)s") % {"path": path, "error": error}) from None
    except json.JSONDecodeError as error:
        raise LeadersFileError(
            _("The leaders file %(path)s is not valid JSON: %(error)s (line %(line)s).")
            % {"path": path, "error": error.msg, "line": error.lineno}
        ) from None
    if not isinstance(data, list):
        raise LeadersFileError(_("The leaders file %(path)s must contain a list of leaders.") % {"path": path})
    return data


def _year(role, key):
    value = role.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not MIN_YEAR <= value <= MAX_YEAR:
        raise EntryError(_("'%(key)s' must be a year or null, not %(value)s.") % {"key": key, "value": value})
    return datetime.date(value, 1, 1)


def _entry_name(entry):
    if not isinstance(entry, dict):
        raise EntryError(_("Each leader must be an object with 'name' and 'roles'."))
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise EntryError(_("The leader has no name."))
    if len(name.strip()) > MAX_NAME:
        raise EntryError(_("The name is longer than %(limit)s characters.") % {"limit": MAX_NAME})
    roles = entry.get("roles", [])
    if not isinstance(roles, list):
        raise EntryError(_("'roles' must be a list."))
    return name.strip()


def _term_fields(role):
    """Validate one role of leaders.json and return the Term field values it describes."""
    if not isinstance(role, dict) or not isinstance(role.get("role"), str):
        raise EntryError(_("Each role must be an object with a 'role' name."))
    parsed = parse_role(role["role"])
    if parsed is None:
        raise EntryError(_("Unknown role '%(role)s'.") % {"role": role["role"]})
    note = role.get("note") or ""
    if not isinstance(note, str):
        raise EntryError(_("'note' must be text."))
    return parsed.office, {
        "kind": parsed.kind,
        "start_date": _year(role, "from"),
        "start_precision": DatePrecision.YEAR,
        "end_date": _year(role, "to"),
        "end_precision": DatePrecision.YEAR,
        "note": note.strip(),
    }


def _import_term(leader, role, report, where):
    office_spec, fields = _term_fields(role)
    office = ensure_office(office_spec, leader.locale)
    term = Term.objects.filter(leader=leader, office=office, kind=fields["kind"], start_date=fields["start_date"]).first()
    if term and all(getattr(term, name) == value for name, value in fields.items()):
        report.terms.unchanged += 1
        return
    is_new = term is None
    term = term or Term(leader=leader, office=office)
    for name, value in fields.items():
        setattr(term, name, value)
    try:
        term.full_clean()
    except ValidationError as error:
        report.reject(report.terms, where, " ".join(error.messages))
        return
    term.save()
    if is_new:
        report.terms.created += 1
    else:
        report.terms.updated += 1
    logger.info("%s term_id=%s leader_id=%s office=%s", "Created" if is_new else "Updated", term.pk, leader.pk, office.slug)


def import_leader_entry(entry, position, tree, report, *, publish):
    """Create or find the leader of one leaders.json entry and import each of its roles."""
    where = _("leaders.json entry %(number)s") % {"number": position}
    try:
        name = _entry_name(entry)
    except EntryError as error:
        report.reject(report.leaders, where, error)
        return
    where = f"{where} ({name})"
    with transaction.atomic():
        leader, created = ensure_leader(name, tree.leaders, publish=publish)
    if created:
        report.leaders.created += 1
    else:
        report.leaders.unchanged += 1
    for role in entry.get("roles", []):
        try:
            with transaction.atomic():
                _import_term(leader, role, report, where)
        except EntryError as error:
            report.reject(report.terms, where, error)


def import_leaders(entries, tree, report, *, publish):
    for position, entry in enumerate(entries, start=1):
        import_leader_entry(entry, position, tree, report, publish=publish)
