"""Fixtures for case lessons: the demo's lesson index and a helper to write lessons."""

import datetime as dt

import pytest

CLEAN = {
    "situation": "<p>Een oudere man in een portiekflat kwam nauwelijks nog buiten.</p>",
    "approach": "<p>De wijkverpleegkundige en de ouderenconsulent gingen samen op huisbezoek.</p>",
    "what_worked": "<p>Een vaste contactpersoon en kleine afspraken.</p>",
    "outcome": "<p>Na drie maanden ging hij weer naar het wijkcentrum.</p>",
    "lesson_for_others": "<p>Begin klein en persoonlijk.</p>",
}
CONSENT = {
    "consent_given": True,
    "consent_date": dt.date(2025, 11, 1),
    "consent_scope": "platform",
}


@pytest.fixture
def lesson_index(demo):
    from pilot.lessons.models import LessonIndexPage

    return LessonIndexPage.objects.get()


@pytest.fixture
def make_lesson(lesson_index, participant):
    from pilot.lessons import services

    counter = {"n": 0}

    def make(*, author=None, consent=True, title=None, tags=("eenzaamheid",), **fields):
        counter["n"] += 1
        data = {**CLEAN, **(CONSENT if consent else {}), **fields}
        return services.lesson_create(
            index=lesson_index,
            author=author or participant,
            title=title or f"Testles {counter['n']}",
            fields=data,
            tags=list(tags),
        )

    return make
