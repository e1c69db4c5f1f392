"""Mail to participants. Every mail has a key and goes out at most once."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sessions.calendar import session_ics


def _base_url() -> str:
    return getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")


def send_once(*, key: str, to: str, subject: str, body: str, attachments=()) -> bool:
    """Send a mail unless one with this key went out before; True when sent now.

    The SentMail row and the send share one transaction: if sending fails the
    row is rolled back, so a retry can send it; if the row exists, nothing is sent.
    """
    from sessions.models import SentMail

    if not to:
        return False
    try:
        with transaction.atomic():
            SentMail.objects.create(key=key, recipient=to, subject=subject[:250])
            message = EmailMessage(subject=subject, body=body, to=[to])
            for name, content, mimetype in attachments:
                message.attach(name, content, mimetype)
            message.send()
    except IntegrityError:
        return False
    return True


def _session_link(session) -> str:
    url = session.get_url() or ""
    return _base_url() + url if url.startswith("/") else url


def _when(session) -> str:
    start = timezone.localtime(session.start)
    end = timezone.localtime(session.end)
    return f"{start:%d-%m-%Y %H:%M}–{end:%H:%M}"


def _where(session) -> str:
    return ", ".join(p for p in (session.venue_name, session.venue_address) if p) or _("online")


def _body(user, intro: str, session, *, online: bool) -> str:
    name = user.get_full_name() or user.get_username()
    lines = [
        _("Beste %(name)s,") % {"name": name},
        "",
        intro,
        "",
        session.title,
        _("Wanneer: %(when)s") % {"when": _when(session)},
        _("Waar: %(where)s") % {"where": _where(session)},
    ]
    if online and session.online_url:
        lines.append(_("Online: %(url)s") % {"url": session.online_url})
    lines += ["", _session_link(session), "", _("Met vriendelijke groet,"), "Samen Werken"]
    return "\n".join(lines)


def _ics_attachment(session):
    return [("bijeenkomst.ics", session_ics(session, include_online=True), "text/calendar")]


def mail_confirmation(registration) -> bool:
    session, user = registration.session, registration.user
    return send_once(
        key=f"confirm:{registration.pk}",
        to=user.email,
        subject=_("Aanmelding bevestigd: %(title)s") % {"title": session.title},
        body=_body(user, _("U bent aangemeld voor deze bijeenkomst."), session, online=True),
        attachments=_ics_attachment(session),
    )


def mail_waitlisted(registration) -> bool:
    session, user = registration.session, registration.user
    return send_once(
        key=f"waitlist:{registration.pk}",
        to=user.email,
        subject=_("Op de wachtlijst: %(title)s") % {"title": session.title},
        body=_body(
            user,
            _(
                "De bijeenkomst is vol. U staat op de wachtlijst en krijgt bericht als er plek vrijkomt."
            ),
            session,
            online=False,
        ),
    )


def mail_promoted(registration) -> bool:
    session, user = registration.session, registration.user
    return send_once(
        key=f"promoted:{registration.pk}",
        to=user.email,
        subject=_("Er is plek: u bent aangemeld voor %(title)s") % {"title": session.title},
        body=_body(
            user,
            _(
                "Er is een plek vrijgekomen. U staat niet meer op de wachtlijst maar bent aangemeld."
            ),
            session,
            online=True,
        ),
        attachments=_ics_attachment(session),
    )


def mail_changed(registration, *, sequence: int) -> bool:
    session, user = registration.session, registration.user
    return send_once(
        key=f"changed:{registration.pk}:{sequence}",
        to=user.email,
        subject=_("Gewijzigd: %(title)s") % {"title": session.title},
        body=_body(
            user,
            _("De bijeenkomst is gewijzigd. Dit zijn de nieuwe gegevens."),
            session,
            online=True,
        ),
        attachments=_ics_attachment(session),
    )


def mail_cancelled(registration) -> bool:
    session, user = registration.session, registration.user
    reason = session.cancel_reason or ""
    return send_once(
        key=f"cancelled:{registration.pk}",
        to=user.email,
        subject=_("Geannuleerd: %(title)s") % {"title": session.title},
        body=_body(
            user,
            _("Deze bijeenkomst gaat niet door. %(reason)s") % {"reason": reason},
            session,
            online=False,
        ),
        attachments=_ics_attachment(session),
    )


def mail_reminder(registration) -> bool:
    session, user = registration.session, registration.user
    return send_once(
        key=f"reminder:{registration.pk}:{session.start.isoformat()}",
        to=user.email,
        subject=_("Herinnering: %(title)s") % {"title": session.title},
        body=_body(user, _("Over twee dagen is deze bijeenkomst. Tot dan!"), session, online=True),
    )
