"""Writes for sessions: registration, waiting list, attendance, publishing, reminders.

Capacity holds under concurrency because every write that changes who has a
seat first locks the session row (`select_for_update`; on SQLite the whole
database is locked by the IMMEDIATE transaction mode in settings). Mails go
out in `transaction.on_commit`, so nobody is told about a seat that was rolled back.
"""

import datetime as dt
import hashlib

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sessions import mail
from sessions.models import (
    SEATED_STATUSES,
    CalendarFeedToken,
    CalendarState,
    Registration,
    RegistrationStatus,
    SessionPage,
    new_feed_token,
)
from sessions.selectors import registration_state

REMINDER_BEFORE = dt.timedelta(hours=48)


class RegistrationError(Exception):
    """A registration refused for a reason the person can read (in Dutch)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _lock(session_id: int) -> SessionPage:
    return SessionPage.objects.select_for_update().get(pk=session_id)


def _seated(session: SessionPage) -> int:
    return Registration.objects.filter(session=session, status__in=SEATED_STATUSES).count()


def registration_create(
    *, session: SessionPage, user, now: dt.datetime | None = None
) -> Registration:
    """Register a person: a seat while there is one, else a place on the waiting list."""
    now = now or timezone.now()
    if not getattr(user, "is_authenticated", False):
        raise RegistrationError(_("Log in om u aan te melden."))
    with transaction.atomic():
        session = _lock(session.pk)
        state = registration_state(session=session, user=user, now=now)
        if state["registration"] is not None:
            raise RegistrationError(_("U bent al aangemeld voor deze bijeenkomst."))
        if state["closed_reason"]:
            raise RegistrationError(state["closed_reason"])
        full = session.capacity is not None and _seated(session) >= session.capacity
        registration = Registration.objects.create(
            session=session,
            user=user,
            status=RegistrationStatus.WAITLISTED if full else RegistrationStatus.REGISTERED,
        )
        send = mail.mail_waitlisted if full else mail.mail_confirmation
        transaction.on_commit(lambda: send(registration))
    return registration


def _promote_next(session: SessionPage) -> Registration | None:
    """Give free seats to the longest waiting people (caller holds the session lock)."""
    promoted = None
    while session.capacity is None or _seated(session) < session.capacity:
        nxt = (
            Registration.objects.filter(session=session, status=RegistrationStatus.WAITLISTED)
            .order_by("created_at", "pk")
            .first()
        )
        if nxt is None:
            break
        nxt.status = RegistrationStatus.REGISTERED
        nxt.save(update_fields=["status", "updated_at"])
        transaction.on_commit(lambda r=nxt: mail.mail_promoted(r))
        promoted = nxt
    return promoted


def registration_cancel(*, session: SessionPage, user) -> Registration:
    """Cancel a person's registration; a freed seat goes to the waiting list at once."""
    with transaction.atomic():
        session = _lock(session.pk)
        registration = (
            Registration.objects.filter(session=session, user=user)
            .exclude(status=RegistrationStatus.CANCELLED)
            .first()
        )
        if registration is None:
            raise RegistrationError(_("U bent niet aangemeld voor deze bijeenkomst."))
        if session.end < timezone.now():
            raise RegistrationError(_("Deze bijeenkomst is al geweest."))
        registration.status = RegistrationStatus.CANCELLED
        registration.save(update_fields=["status", "updated_at"])
        if not session.cancelled:
            _promote_next(session)
    return registration


def attendance_mark(*, session: SessionPage, attended_user_ids: set[int]) -> int:
    """Mark who came (from the check-in list); returns the number present."""
    with transaction.atomic():
        seated = Registration.objects.select_for_update().filter(
            session=session, status__in=SEATED_STATUSES
        )
        seated.filter(user_id__in=attended_user_ids).update(status=RegistrationStatus.ATTENDED)
        seated.exclude(user_id__in=attended_user_ids).update(status=RegistrationStatus.REGISTERED)
        return Registration.objects.filter(
            session=session, status=RegistrationStatus.ATTENDED
        ).count()


def _fingerprint(session: SessionPage) -> str:
    """What registered people must hear about when it changes."""
    parts = [
        session.title,
        session.start.isoformat(),
        session.end.isoformat(),
        session.venue_name,
        session.venue_address,
        session.online_url,
        str(session.cancelled),
    ]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def session_published(*, session: SessionPage) -> CalendarState:
    """After every publish: raise SEQUENCE and tell registered people what changed."""
    with transaction.atomic():
        state, created = CalendarState.objects.select_for_update().get_or_create(
            session_id=session.pk
        )
        fingerprint = _fingerprint(session)
        changed = bool(state.fingerprint) and fingerprint != state.fingerprint
        if not created:
            state.sequence += 1
        state.fingerprint = fingerprint
        state.save()
        if changed:
            sequence = state.sequence
            people = list(
                Registration.objects.filter(
                    session=session,
                    status__in=[*SEATED_STATUSES, RegistrationStatus.WAITLISTED],
                ).select_related("user", "session")
            )
            for registration in people:
                registration.session = session
                if session.cancelled:
                    transaction.on_commit(lambda r=registration: mail.mail_cancelled(r))
                else:
                    transaction.on_commit(
                        lambda r=registration, s=sequence: mail.mail_changed(r, sequence=s)
                    )
    return state


def reminders_send(*, now: dt.datetime | None = None) -> int:
    """Remind seated people of sessions starting within 48 hours; each mail goes once."""
    now = now or timezone.now()
    registrations = Registration.objects.filter(
        status=RegistrationStatus.REGISTERED,
        session__live=True,
        session__cancelled=False,
        session__start__gt=now,
        session__start__lte=now + REMINDER_BEFORE,
    ).select_related("session", "user")
    return sum(1 for r in registrations if mail.mail_reminder(r))


def feed_token_get(*, user) -> CalendarFeedToken:
    token, _created = CalendarFeedToken.objects.get_or_create(user=user)
    return token


def feed_token_rotate(*, user) -> CalendarFeedToken:
    """A new secret: the old subscription URL stops working at once."""
    token, created = CalendarFeedToken.objects.get_or_create(user=user)
    if not created:
        token.token = new_feed_token()
        token.save(update_fields=["token", "created_at"])
    return token


def session_duplicate(*, session: SessionPage, user) -> SessionPage:
    """A draft copy (same agenda, material and facilitators, no registrations)."""
    parent = session.get_parent()
    base = f"{session.slug}-kopie"
    slug, n = base, 1
    while parent.get_children().filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    copy = session.copy(
        keep_live=False,
        copy_revisions=False,
        user=user,
        update_attrs={
            "title": _("%(title)s (kopie)") % {"title": session.title},
            "slug": slug,
            "cancelled": False,
            "cancel_reason": "",
            "minutes": "",
            "attendance_count": None,
            "outcomes": "",
            "follow_up": "",
        },
        log_action="wagtail.copy",
    )
    return copy
