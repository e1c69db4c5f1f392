"""Registration rules: capacity, waiting list, promotion, deadlines, audience, bad input."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils import timezone

from sessions import services
from sessions.models import Audience, Registration, RegistrationStatus
from tests.sessions.conftest import make_session

pytestmark = pytest.mark.django_db


def _user(name):
    return get_user_model().objects.create_user(
        name, email=f"{name}@example.org", password="x" * 12
    )


def test_capacity_then_waiting_list_then_promotion(demo, django_capture_on_commit_callbacks):
    session = make_session(capacity=2)
    a, b, c, d = (_user(f"cap-{i}") for i in range(4))
    with django_capture_on_commit_callbacks(execute=True):
        ra = services.registration_create(session=session, user=a)
        rb = services.registration_create(session=session, user=b)
        rc = services.registration_create(session=session, user=c)
        rd = services.registration_create(session=session, user=d)
    assert [r.status for r in (ra, rb, rc, rd)] == [
        "registered",
        "registered",
        "waitlisted",
        "waitlisted",
    ]

    with django_capture_on_commit_callbacks(execute=True):
        services.registration_cancel(session=session, user=a)
    rc.refresh_from_db()
    rd.refresh_from_db()
    assert rc.status == RegistrationStatus.REGISTERED  # the longest waiting goes first
    assert rd.status == RegistrationStatus.WAITLISTED
    seated = Registration.objects.filter(session=session, status="registered").count()
    assert seated == 2


def test_cancelled_person_can_register_again(demo):
    session = make_session(capacity=5)
    user = _user("again")
    services.registration_create(session=session, user=user)
    services.registration_cancel(session=session, user=user)
    again = services.registration_create(session=session, user=user)
    assert again.status == RegistrationStatus.REGISTERED
    assert Registration.objects.filter(session=session, user=user).count() == 2


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"cancelled": True, "cancel_reason": "Ziekte"}, "geannuleerd"),
        (
            {"registration_closes": timezone.now() - dt.timedelta(hours=1)},
            "aanmeldtermijn is verlopen",
        ),
        ({"registration_opens": timezone.now() + dt.timedelta(days=2)}, "Aanmelden kan vanaf"),
        ({"start": timezone.now() - dt.timedelta(days=3)}, "al geweest"),
        ({"audience": Audience.PILOT_GROUP}, "alleen voor de pilotgroep"),
    ],
)
def test_refusals_have_a_dutch_message(demo, fields, message):
    session = make_session(**fields)
    with pytest.raises(services.RegistrationError) as exc:
        services.registration_create(session=session, user=_user("refused"))
    assert message in exc.value.message


def test_registering_twice_is_refused(demo):
    session = make_session()
    user = _user("twice")
    services.registration_create(session=session, user=user)
    with pytest.raises(services.RegistrationError, match="al aangemeld"):
        services.registration_create(session=session, user=user)


def test_pilot_group_and_theme_group_audience(demo, participant):
    from themes.models import PilotGroupMember, ThemePage

    theme = ThemePage.objects.live().first()
    member = _user("pilotlid")
    PilotGroupMember.objects.create(programme=demo, user=member, theme=theme)
    pilot_session = make_session(audience=Audience.PILOT_GROUP)
    theme_session = make_session(audience=Audience.THEME_GROUP)
    theme_session.themes.set([theme])
    theme_session.save_revision().publish()
    assert services.registration_create(session=pilot_session, user=member)
    assert services.registration_create(session=theme_session, user=member)
    stranger = _user("geen-lid")
    with pytest.raises(services.RegistrationError, match="themagroep"):
        services.registration_create(session=theme_session, user=stranger)


def test_facilitators_may_always_register(demo, facilitator):
    session = make_session(audience=Audience.PILOT_GROUP)
    assert services.registration_create(session=session, user=facilitator)


@pytest.mark.parametrize(
    "fields, field",
    [({"capacity": 0}, "capacity"), ({"hours": -1}, "end"), ({"cancelled": True}, "cancel_reason")],
)
def test_session_validation(demo, fields, field):
    from sessions.models import SessionKind, SessionPage

    start = timezone.now() + dt.timedelta(days=3)
    hours = fields.pop("hours", 2)
    page = SessionPage(
        title="Ongeldig",
        slug="ongeldig",
        kind=SessionKind.OTHER,
        start=start,
        end=start + dt.timedelta(hours=hours),
        **fields,
    )
    with pytest.raises(ValidationError) as exc:
        page.clean()
    assert field in exc.value.message_dict


def test_attendance_mark(demo):
    session = make_session()
    a, b = _user("att-a"), _user("att-b")
    services.registration_create(session=session, user=a)
    services.registration_create(session=session, user=b)
    assert services.attendance_mark(session=session, attended_user_ids={a.pk}) == 1
    assert Registration.objects.get(session=session, user=a).status == RegistrationStatus.ATTENDED
    assert Registration.objects.get(session=session, user=b).status == RegistrationStatus.REGISTERED


def test_duplicate_copies_agenda_not_registrations(demo, facilitator):
    from sessions.models import AgendaItem

    session = make_session(publish=False)
    session.agenda_items.add(AgendaItem(start_time=dt.time(10, 0), title="Welkom"))
    session.save_revision().publish()
    services.registration_create(session=session, user=_user("dup"))
    copy = services.session_duplicate(session=session, user=facilitator)
    assert not copy.live
    assert copy.title.endswith("(kopie)")
    assert [a.title for a in copy.agenda_items.all()] == ["Welkom"]
    assert not copy.registrations.exists()
