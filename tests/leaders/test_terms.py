import datetime

import pytest
from django.core.exceptions import ValidationError

from leaders.models import Term, TermKind
from leaders.models.offices import DatePrecision

D = datetime.date


@pytest.fixture
def governor(make_office):
    return make_office("Gubernur", rank=10)


@pytest.fixture
def people(make_leader):
    return {name: make_leader(name) for name in ["Awang Faroek Ishak", "Restuardy Daud", "Isran Noor", "Akmal Malik"]}


def add_term(office, leader, start, end, kind=TermKind.DEFINITIVE, precision=DatePrecision.DAY):
    term = Term(
        office=office,
        leader=leader,
        kind=kind,
        start_date=start,
        end_date=end,
        start_precision=precision,
        end_precision=precision,
    )
    term.full_clean()
    term.save()
    return term


def holder_names(office, date):
    return [term.leader.title for term in office.holders_on(date)]


def test_holder_on_date_is_single_query(governor, people, django_assert_num_queries):
    add_term(governor, people["Awang Faroek Ishak"], D(2013, 12, 17), D(2018, 9, 21))
    add_term(governor, people["Isran Noor"], D(2018, 10, 1), D(2023, 10, 1))

    with django_assert_num_queries(1):
        names = holder_names(governor, D(2019, 3, 3))

    assert names == ["Isran Noor"]


def test_acting_holder_counts_among_holders(governor, people):
    add_term(governor, people["Awang Faroek Ishak"], D(2013, 12, 17), D(2018, 9, 21))
    add_term(governor, people["Restuardy Daud"], D(2018, 9, 22), D(2018, 9, 30), kind=TermKind.PJ)
    add_term(governor, people["Isran Noor"], D(2018, 10, 1), D(2023, 10, 1))

    assert holder_names(governor, D(2018, 9, 25)) == ["Restuardy Daud"]
    assert holder_names(governor, D(2018, 10, 1)) == ["Isran Noor"]


def test_offices_of_person_is_single_query(governor, people, make_office, django_assert_num_queries):
    secretary = make_office("Sekretaris Daerah", rank=30)
    add_term(secretary, people["Akmal Malik"], D(2010, 1, 1), D(2012, 1, 1))
    add_term(governor, people["Akmal Malik"], D(2023, 10, 2), D(2025, 2, 20), kind=TermKind.PJ)

    with django_assert_num_queries(1):
        titles = [term.title() for term in Term.objects.filter(leader=people["Akmal Malik"]).select_related("office")]

    assert sorted(titles) == ["Pj Gubernur", "Sekretaris Daerah"]


def test_overlapping_definitive_terms_rejected(governor, people):
    add_term(governor, people["Awang Faroek Ishak"], D(2013, 12, 17), D(2018, 9, 21))

    with pytest.raises(ValidationError) as error:
        add_term(governor, people["Isran Noor"], D(2018, 9, 1), D(2023, 10, 1))

    message = " ".join(error.value.messages)
    assert "Awang Faroek Ishak" in message
    assert "tidak boleh tumpang tindih" in message or "cannot overlap" in message
    assert Term.objects.count() == 1


def test_acting_term_may_overlap_definitive(governor, people):
    add_term(governor, people["Isran Noor"], D(2018, 10, 1), D(2023, 10, 1))

    add_term(governor, people["Akmal Malik"], D(2023, 9, 1), D(2025, 2, 20), kind=TermKind.PJ)

    assert Term.objects.count() == 2


def test_open_ended_term_overlaps_later_definitive(governor, people):
    add_term(governor, people["Isran Noor"], D(2018, 10, 1), None)

    with pytest.raises(ValidationError):
        add_term(governor, people["Akmal Malik"], D(2030, 1, 1), None)


def test_year_precision_terms_may_meet_in_same_year(governor, people):
    add_term(governor, people["Awang Faroek Ishak"], D(2008, 1, 1), D(2018, 1, 1), precision=DatePrecision.YEAR)

    add_term(governor, people["Isran Noor"], D(2018, 1, 1), D(2023, 1, 1), precision=DatePrecision.YEAR)

    assert holder_names(governor, D(2019, 3, 3)) == ["Isran Noor"]
    assert sorted(holder_names(governor, D(2018, 6, 1))) == ["Awang Faroek Ishak", "Isran Noor"]


def test_year_precision_stored_as_period_bounds(governor, people):
    term = add_term(governor, people["Isran Noor"], D(2018, 7, 9), D(2023, 3, 4), precision=DatePrecision.YEAR)

    assert term.start_date == D(2018, 1, 1)
    assert term.start_bound == D(2018, 1, 1)
    assert term.end_bound == D(2023, 12, 31)
    assert term.period_label() == "2018 – 2023"


def test_end_before_start_rejected(governor, people):
    with pytest.raises(ValidationError) as error:
        add_term(governor, people["Isran Noor"], D(2023, 1, 1), D(2018, 1, 1))

    assert "end_date" in error.value.message_dict


def test_unknown_start_clashes_only_by_its_end(governor, people):
    add_term(governor, people["Awang Faroek Ishak"], None, D(2013, 5, 3))

    add_term(governor, people["Isran Noor"], D(2016, 1, 28), D(2018, 1, 10))

    with pytest.raises(ValidationError):
        add_term(governor, people["Akmal Malik"], D(2013, 1, 1), D(2013, 12, 31))


def test_term_title_names_acting_kind(governor, people):
    plh = add_term(governor, people["Akmal Malik"], D(2024, 10, 2), D(2024, 10, 7), kind=TermKind.PLH)

    assert plh.title() == "Plh Gubernur"
    assert plh.is_acting


@pytest.mark.parametrize("day", [D(2012, 6, 1), D(2013, 12, 17), D(2018, 1, 1), D(2018, 9, 25), D(2023, 12, 31), D(2026, 1, 1)])
def test_term_covers_like_covering_query(governor, people, make_office, day):
    leader = people["Akmal Malik"]
    add_term(governor, leader, D(2013, 12, 17), D(2018, 9, 21))
    add_term(governor, leader, D(2018, 9, 22), D(2018, 9, 30), kind=TermKind.PJ)
    add_term(make_office("Sekretaris Daerah", rank=30), leader, D(2018, 1, 1), None, precision=DatePrecision.YEAR)
    add_term(make_office("Asisten", rank=40), leader, None, D(2023, 12, 31), precision=DatePrecision.MONTH)

    expected = sorted(Term.objects.covering(day).filter(leader=leader).values_list("pk", flat=True))

    assert sorted(term.pk for term in Term.objects.filter(leader=leader) if term.covers(day)) == expected
    assert sorted(term.pk for term in leader.current_terms(day)) == expected


def test_translated_leader_reads_source_terms(governor, people, django_assert_num_queries):
    from wagtail.models import Locale

    leader = people["Isran Noor"]
    add_term(governor, leader, D(2018, 10, 1), D(2023, 10, 1))
    english = leader.copy_for_translation(Locale.objects.create(language_code="en"), copy_parents=True)

    # The source page, its terms with their offices, and the offices' English translations.
    with django_assert_num_queries(3):
        titles = [term.title() for term in english.current_terms(D(2020, 1, 1))]
        assert english.source_page().pk == leader.pk
        assert len(english.terms_of_office()) == 1

    assert titles == ["Gubernur"]
