"""Mails (locmem backend) go out once each, with the .ics where it belongs."""

import datetime as dt

import icalendar
import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from sessions import services
from tests.sessions.conftest import make_session

pytestmark = pytest.mark.django_db


def _user(name):
    return get_user_model().objects.create_user(
        name, email=f"{name}@example.org", password="x" * 12, first_name=name.title()
    )


def test_confirmation_once_with_ics(demo, mailoutbox, django_capture_on_commit_callbacks):
    session = make_session(title="Workshop mail", online_url="https://meet.example.org/m")
    user = _user("mail-a")
    with django_capture_on_commit_callbacks(execute=True):
        registration = services.registration_create(session=session, user=user)
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == ["mail-a@example.org"]
    assert "Aanmelding bevestigd" in message.subject
    name, content, mimetype = message.attachments[0]
    assert mimetype == "text/calendar"
    event = next(iter(icalendar.Calendar.from_ical(content).walk("VEVENT")))
    assert str(event["SUMMARY"]) == "Workshop mail"
    # the same confirmation again does nothing
    from sessions.mail import mail_confirmation

    assert mail_confirmation(registration) is False
    assert len(mailoutbox) == 1


def test_waitlist_and_promotion_mails(demo, mailoutbox, django_capture_on_commit_callbacks):
    session = make_session(capacity=1)
    a, b = _user("mail-first"), _user("mail-second")
    with django_capture_on_commit_callbacks(execute=True):
        services.registration_create(session=session, user=a)
        services.registration_create(session=session, user=b)
    assert [m.subject.split(":")[0] for m in mailoutbox] == [
        "Aanmelding bevestigd",
        "Op de wachtlijst",
    ]
    with django_capture_on_commit_callbacks(execute=True):
        services.registration_cancel(session=session, user=a)
    assert mailoutbox[-1].to == ["mail-second@example.org"]
    assert mailoutbox[-1].subject.startswith("Er is plek")
    assert len(mailoutbox) == 3


def test_change_and_cancellation_notices(demo, mailoutbox, django_capture_on_commit_callbacks):
    session = make_session()
    user = _user("mail-change")
    with django_capture_on_commit_callbacks(execute=True):
        services.registration_create(session=session, user=user)
    mailoutbox.clear()
    # a publish without a relevant change sends nothing
    with django_capture_on_commit_callbacks(execute=True):
        session.save_revision().publish()
    assert mailoutbox == []
    session.venue_name = "Wijkcentrum Nieuw"
    with django_capture_on_commit_callbacks(execute=True):
        session.save_revision().publish()
    assert len(mailoutbox) == 1 and mailoutbox[0].subject.startswith("Gewijzigd")
    assert "Wijkcentrum Nieuw" in mailoutbox[0].body
    session.cancelled, session.cancel_reason = True, "De zaal is niet beschikbaar."
    with django_capture_on_commit_callbacks(execute=True):
        session.save_revision().publish()
    assert mailoutbox[-1].subject.startswith("Geannuleerd")
    assert "De zaal is niet beschikbaar." in mailoutbox[-1].body
    event = next(
        iter(icalendar.Calendar.from_ical(mailoutbox[-1].attachments[0][1]).walk("VEVENT"))
    )
    assert str(event["STATUS"]) == "CANCELLED"
    assert len(mailoutbox) == 2


def test_reminder_48_hours_before_sent_once(demo, mailoutbox):
    soon = make_session(start=timezone.now() + dt.timedelta(hours=30), title="Binnenkort")
    later = make_session(start=timezone.now() + dt.timedelta(days=5), title="Later")
    user = _user("mail-remind")
    services.registration_create(session=soon, user=user)
    services.registration_create(session=later, user=user)
    mailoutbox.clear()
    call_command("send_session_reminders")
    call_command("send_session_reminders")
    reminders = [m for m in mailoutbox if m.subject.startswith("Herinnering")]
    assert [m.subject for m in reminders] == ["Herinnering: Binnenkort"]


def test_reminder_task_uses_same_guard(demo, mailoutbox):
    from sessions.tasks import send_session_reminders

    soon = make_session(start=timezone.now() + dt.timedelta(hours=20), title="Taak")
    services.registration_create(session=soon, user=_user("mail-task"))
    mailoutbox.clear()
    send_session_reminders.enqueue()
    send_session_reminders.enqueue()
    assert [m.subject for m in mailoutbox] == ["Herinnering: Taak"]
