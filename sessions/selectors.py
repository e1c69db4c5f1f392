"""Reads for sessions: schedule, detail, personal lists, facilitator agenda and conflicts."""

from collections import defaultdict
from typing import Any

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from sessions.models import (
    SEATED_STATUSES,
    Audience,
    CalendarState,
    Registration,
    RegistrationStatus,
    SessionPage,
)
from themes.roles import is_facilitator


def session_schedule(*, index_page, user) -> dict[str, Any]:
    """Upcoming and past sessions under a schedule page."""
    now = timezone.now()
    sessions = SessionPage.objects.child_of(index_page).live().order_by("start")
    return {
        "upcoming": [s for s in sessions if s.end >= now],
        "past": [s for s in sessions if s.end < now][::-1],
    }


def sessions_for_programme(programme) -> list[SessionPage]:
    """Every live session below a programme page, in time order."""
    return list(SessionPage.objects.descendant_of(programme).live().order_by("start"))


def audience_allows(*, session: SessionPage, user) -> bool:
    """May this person register? Facilitators always; others per the session's audience."""
    from themes.selectors import member_theme_ids, pilot_group_user_ids

    if not getattr(user, "is_authenticated", False):
        return False
    if is_facilitator(user) or session.audience == Audience.EVERYONE:
        return True
    programme = session.get_parent().get_parent()
    if session.audience == Audience.PILOT_GROUP:
        return user.pk in pilot_group_user_ids(programme_id=programme.pk)
    theme_ids = set(session.themes.values_list("pk", flat=True))
    return bool(theme_ids & member_theme_ids(user=user))


def seat_counts(session_ids) -> dict[int, dict[str, int]]:
    """Seated and waiting people per session, in one query."""
    rows = (
        Registration.objects.filter(session_id__in=list(session_ids))
        .values("session_id")
        .annotate(
            seated=Count("pk", filter=Q(status__in=SEATED_STATUSES)),
            waiting=Count("pk", filter=Q(status=RegistrationStatus.WAITLISTED)),
        )
    )
    counts = {sid: {"seated": 0, "waiting": 0} for sid in session_ids}
    for row in rows:
        counts[row["session_id"]] = {"seated": row["seated"], "waiting": row["waiting"]}
    return counts


def registration_state(*, session: SessionPage, user, now=None) -> dict[str, Any]:
    """Can this person register, and if not, why (in Dutch)?"""
    now = now or timezone.now()
    counts = seat_counts([session.pk])[session.pk]
    registration = None
    if getattr(user, "is_authenticated", False):
        registration = (
            Registration.objects.filter(session=session, user=user)
            .exclude(status=RegistrationStatus.CANCELLED)
            .first()
        )
    reason = ""
    if session.cancelled:
        reason = _("Deze bijeenkomst is geannuleerd.")
    elif session.end < now:
        reason = _("Deze bijeenkomst is al geweest.")
    elif session.registration_opens and now < session.registration_opens:
        reason = _("Aanmelden kan vanaf %(when)s.") % {
            "when": timezone.localtime(session.registration_opens).strftime("%d-%m-%Y %H:%M")
        }
    elif session.registration_closes and now >= session.registration_closes:
        reason = _("De aanmeldtermijn is verlopen.")
    elif getattr(user, "is_authenticated", False) and not audience_allows(
        session=session, user=user
    ):
        reason = _("Deze bijeenkomst is alleen voor %(audience)s.") % {
            "audience": session.get_audience_display().lower()
        }
    full = session.capacity is not None and counts["seated"] >= session.capacity
    places_left = None if session.capacity is None else max(session.capacity - counts["seated"], 0)
    return {
        "registration": registration,
        "closed_reason": reason,
        "counts": counts,
        "is_full": full,
        "places_left": places_left,
    }


def session_detail(*, session: SessionPage, user, request) -> dict[str, Any]:
    """Everything a session page shows beside its own fields."""
    from sessions.calendar import add_to_calendar_links
    from themes.page_sections import page_sections

    state = registration_state(session=session, user=user)
    registration = state["registration"]
    facilitator = is_facilitator(user)
    seated = registration is not None and registration.status in SEATED_STATUSES
    return {
        **state,
        "is_session_facilitator": facilitator,
        "show_online_url": bool(session.online_url) and (seated or facilitator),
        "agenda": list(session.agenda_items.all()),
        "facilitator_names": [
            f.get_full_name() or f.get_username() for f in session.facilitators.all()
        ],
        "calendar_links": add_to_calendar_links(session),
        "sections": page_sections(session, request),
    }


def my_sessions(*, user, now=None) -> dict[str, list[Registration]]:
    """A person's active registrations, upcoming and past, in one query."""
    now = now or timezone.now()
    registrations = list(
        Registration.objects.filter(user=user)
        .exclude(status=RegistrationStatus.CANCELLED)
        .select_related("session")
        .order_by("session__start")
    )
    live = [r for r in registrations if r.session.live]
    return {
        "upcoming": [r for r in live if r.session.end >= now],
        "past": [r for r in live if r.session.end < now][::-1],
    }


def feed_sessions(*, user) -> tuple[list[SessionPage], dict[int, int]]:
    """Sessions in a person's calendar feed (seated or waiting; cancelled ones stay so
    calendars remove them) and their SEQUENCE numbers."""
    sessions = list(
        SessionPage.objects.live()
        .filter(
            registrations__user=user,
            registrations__status__in=[*SEATED_STATUSES, RegistrationStatus.WAITLISTED],
        )
        .distinct()
        .order_by("start")
    )
    sequences = dict(
        CalendarState.objects.filter(session__in=sessions).values_list("session_id", "sequence")
    )
    return sessions, sequences


def attendees(*, session: SessionPage) -> list[Registration]:
    """Seated people (registered or attended), then the waiting list, for facilitators."""
    return list(
        Registration.objects.filter(session=session)
        .exclude(status=RegistrationStatus.CANCELLED)
        .select_related("user")
        .order_by("status", "created_at")
    )


def _overlap(a: SessionPage, b: SessionPage) -> bool:
    return a.start < b.end and b.start < a.end


def session_conflicts(sessions: list[SessionPage]) -> dict[int, list[str]]:
    """Warnings per session: double-booked facilitator or venue, or an overlap for the
    same audience. Expects facilitators and themes prefetched."""
    warnings: dict[int, list[str]] = defaultdict(list)
    active = [s for s in sessions if not s.cancelled]
    for i, a in enumerate(active):
        for b in active[i + 1 :]:
            if not _overlap(a, b):
                continue
            people = {f.pk: f for f in a.facilitators.all()}
            shared = [f for f in b.facilitators.all() if f.pk in people]
            for f in shared:
                name = f.get_full_name() or f.get_username()
                for s, other in ((a, b), (b, a)):
                    warnings[s.pk].append(
                        _("%(name)s faciliteert ook “%(other)s” op hetzelfde moment.")
                        % {"name": name, "other": other.title}
                    )
            if a.venue_name and a.venue_name.strip().lower() == b.venue_name.strip().lower():
                for s, other in ((a, b), (b, a)):
                    warnings[s.pk].append(
                        _("De locatie %(venue)s is ook geboekt voor “%(other)s”.")
                        % {"venue": s.venue_name, "other": other.title}
                    )
            same_audience = a.audience == b.audience and (
                a.audience != Audience.THEME_GROUP
                or {t.pk for t in a.themes.all()} & {t.pk for t in b.themes.all()}
            )
            if same_audience:
                for s, other in ((a, b), (b, a)):
                    warnings[s.pk].append(
                        _("Overlapt met “%(other)s” voor dezelfde doelgroep.")
                        % {"other": other.title}
                    )
    return dict(warnings)


def facilitator_agenda(*, now=None) -> list[dict[str, Any]]:
    """Upcoming sessions with registrations, waiting list, capacity and warnings."""
    now = now or timezone.now()
    sessions = list(
        SessionPage.objects.filter(end__gte=now)
        .order_by("start")
        .prefetch_related("facilitators", "themes")
    )
    counts = seat_counts([s.pk for s in sessions])
    conflicts = session_conflicts(sessions)
    return [
        {
            "session": s,
            "seated": counts[s.pk]["seated"],
            "waiting": counts[s.pk]["waiting"],
            "warnings": conflicts.get(s.pk, []),
        }
        for s in sessions
    ]


def upcoming_for_theme(*, theme, limit: int = 5) -> list[SessionPage]:
    now = timezone.now()
    return list(
        SessionPage.objects.live().filter(themes=theme, end__gte=now).order_by("start")[:limit]
    )


def conflicts_for(*, session: SessionPage) -> list[str]:
    """Warnings for one session against the live sessions it overlaps in time."""
    others = list(
        SessionPage.objects.live()
        .filter(start__lt=session.end, end__gt=session.start)
        .exclude(pk=session.pk)
        .prefetch_related("facilitators", "themes")
    )
    return session_conflicts([session, *others]).get(session.pk, [])
