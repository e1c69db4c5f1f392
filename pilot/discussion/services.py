"""Every write to a thread: transactional, broadcast only after the commit.

Each change draws the next number from its thread's counter (the thread row is
locked with select_for_update, so numbers only grow and never repeat) and
stores it as the message's `updated_seq`; a new message also keeps it as `seq`.
The broadcast is a `transaction.on_commit` callback: a reader never sees a
message the database might still roll back, and a reconnecting reader can ask
for everything after the last number it saw.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page

from pilot import roles
from pilot.discussion.events import display_name, message_payload, view_for
from pilot.discussion.formatting import MENTION, mentioned_usernames
from pilot.discussion.models import (
    Message,
    MessageStatus,
    MessageVersion,
    Notification,
    Presence,
    Reaction,
    Report,
    Thread,
)
from pilot.discussion.permissions import is_moderator, may_post, may_read, page_has_thread


class DiscussionError(Exception):
    """A refusal with a documented code (docs/live-threads.md) and a Dutch message."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


def setting(name: str, default: int) -> int:
    return int(getattr(settings, name, default))


def max_length() -> int:
    return setting("PILOT_DISCUSSION_MAX_LENGTH", 4000)


def rate_limit() -> int:
    return setting("PILOT_DISCUSSION_RATE_LIMIT", 10)


def autohide_reports() -> int:
    return setting("PILOT_DISCUSSION_AUTOHIDE_REPORTS", 3)


MAX_ID = 2**63 - 1


def as_id(value: Any) -> int:
    """A database id from client input; anything else raises ValueError (never overflows)."""
    if isinstance(value, bool):
        raise ValueError(value)
    number = int(value)
    if not 0 < number <= MAX_ID:
        raise ValueError(value)
    return number


# --- threads ---------------------------------------------------------------


def thread_for_page(*, user, page_id: Any) -> tuple[Page, Thread | None]:
    """The page and its thread (None until the first message), if this user may read it."""
    try:
        page = Page.objects.get(pk=as_id(page_id))
    except (TypeError, ValueError, Page.DoesNotExist):
        raise DiscussionError("thread_not_found", _("Deze discussie bestaat niet."))
    if not page_has_thread(page):
        raise DiscussionError("thread_not_found", _("Deze pagina heeft geen discussie."))
    if not may_read(user, page):
        raise DiscussionError("forbidden", _("U mag deze discussie niet lezen."))
    return page, Thread.objects.filter(page=page).first()


def thread_open(*, user, page_id: Any) -> tuple[Page, Thread]:
    """Like thread_for_page, but creates the thread (lazily, on the first subscribe)."""
    page, thread = thread_for_page(user=user, page_id=page_id)
    if thread is None:
        thread, _created = Thread.objects.get_or_create(page=page)
    return page, thread


def _lock_and_count(thread_id: int) -> int:
    thread = Thread.objects.select_for_update().get(pk=thread_id)
    thread.last_seq += 1
    thread.save(update_fields=["last_seq"])
    return thread.last_seq


def _publish(message: Message) -> dict[str, Any]:
    """Build the payload now, send it to the thread's group once the commit succeeded.

    The event carries JSON text, not nested dicts: the channel layer copies every
    event per reader, and most readers can forward the ready-made public frame as is.
    """
    reactions = dict(
        Reaction.objects.filter(message=message)
        .values_list("kind")
        .annotate(n=Count("id"))
        .values_list("kind", "n")
    )
    payload = message_payload(message, reactions)
    event = {
        "type": "thread.message",
        "thread_id": message.thread_id,
        "updated_seq": message.updated_seq,
        "author_id": message.author_id,
        "public": json.dumps(
            {"type": "message", "message": view_for(payload, user_id=None, moderator=False)}
        ),
        "full": json.dumps(payload),
    }
    group = f"discussion.thread.{message.thread_id}"

    def send() -> None:
        layer = get_channel_layer()
        if layer is not None:
            async_to_sync(layer.group_send)(group, event)

    transaction.on_commit(send)
    message.payload = payload
    return payload


def _clean_body(body: Any) -> str:
    if not isinstance(body, str):
        raise DiscussionError("bad_frame", _("Het bericht moet tekst zijn."))
    body = body.replace("\r\n", "\n").replace("\x00", "").strip()  # PostgreSQL refuses NUL
    if not body:
        raise DiscussionError("empty", _("Een leeg bericht kan niet worden geplaatst."))
    if len(body) > max_length():
        raise DiscussionError(
            "too_long",
            _("Uw bericht is %(n)d tekens; het maximum is %(max)d. Maak het korter.")
            % {"n": len(body), "max": max_length()},
        )
    return body


def _colleague_handles(body: str) -> list[tuple[int, int]]:
    """Spans of `@username` naming a platform account: a colleague's handle, not client data."""
    spans = {}
    for match in MENTION.finditer(body):
        name = match["username"].rstrip(".")
        spans.setdefault(name, []).append((match.start(), match.start() + 1 + len(name)))
    if not spans:
        return []
    known = (
        get_user_model()
        .objects.filter(username__in=spans, groups__name__in=roles.ALL_GROUPS)
        .values_list("username", flat=True)
        .distinct()
    )
    return [span for name in known for span in spans[name]]


def _scan(body: str) -> list[dict[str, Any]]:
    """The personal-data finder of pilot.privacy; its findings as plain dicts.

    What it finds inside an @mention of a platform account is left out: the
    handle names a colleague on the platform, and the finder cannot know that.
    """
    from pilot.privacy import find_personal_data

    handles = _colleague_handles(body)
    return [
        {"start": f.start, "end": f.end, "label": f.label, "text": f.text}
        for f in find_personal_data(body)
        if not any(start <= f.start and f.end <= end for start, end in handles)
    ]


def _check_rate(user) -> None:
    since = timezone.now() - dt.timedelta(seconds=60)
    if Message.objects.filter(author=user, created__gte=since).count() >= rate_limit():
        raise DiscussionError(
            "rate_limited",
            _("U plaatst te snel berichten: maximaal %(n)d per minuut. Wacht even.")
            % {"n": rate_limit()},
        )


def _notify_mentions(message: Message) -> None:
    """A notification (and a mail after commit) for each newly @mentioned platform user."""
    names = mentioned_usernames(message.body)
    if not names:
        return
    users = list(
        get_user_model()
        .objects.filter(username__in=names, groups__name__in=roles.ALL_GROUPS, is_active=True)
        .exclude(pk=message.author_id)
        .exclude(discussion_notifications__message=message)
        .distinct()
    )
    Notification.objects.bulk_create(
        [Notification(recipient=u, message=message) for u in users], ignore_conflicts=True
    )
    page = message.thread.page
    url = f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{page.url or '/'}#bericht-{message.pk}"
    author = display_name(message.author)
    title = page.title
    excerpt = message.body[:300]

    def mail() -> None:
        for user in users:
            if user.email:
                send_mail(
                    _("%(name)s noemde u in de discussie bij “%(title)s”")
                    % {"name": author, "title": title},
                    f"{excerpt}\n\n{url}",
                    None,
                    [user.email],
                    fail_silently=True,
                )

    transaction.on_commit(mail)


def _message_for(user, message_id: Any) -> Message:
    """The message, locked for this transaction (always before its thread: one lock order)."""
    try:
        message = (
            Message.objects.select_for_update(of=("self",))
            .select_related("thread__page", "author")
            .get(pk=as_id(message_id))
        )
    except (TypeError, ValueError, Message.DoesNotExist):
        raise DiscussionError("message_not_found", _("Dit bericht bestaat niet."))
    if not may_read(user, message.thread.page):
        raise DiscussionError("forbidden", _("U mag deze discussie niet lezen."))
    visible_to_user = message.status == MessageStatus.VISIBLE or (
        message.author_id == user.pk or is_moderator(user)
    )
    if not visible_to_user:
        raise DiscussionError("message_not_found", _("Dit bericht bestaat niet."))
    return message


def _require_poster(user) -> None:
    if not may_post(user):
        raise DiscussionError(
            "not_allowed", _("Alleen deelnemers aan de pilot kunnen berichten plaatsen.")
        )


# --- messages --------------------------------------------------------------


def message_post(*, user, page_id: Any, body: Any, parent_id: Any = None) -> Message:
    """Store a message (held when the finder sees personal data) and broadcast it."""
    page, _thread = thread_for_page(user=user, page_id=page_id)
    _require_poster(user)
    body = _clean_body(body)
    findings = _scan(body)
    with transaction.atomic():
        _check_rate(user)
        thread, _created = Thread.objects.get_or_create(page=page)
        parent = None
        if parent_id not in (None, ""):
            try:
                parent = Message.objects.get(
                    pk=as_id(parent_id),
                    thread=thread,
                    status=MessageStatus.VISIBLE,
                    deleted__isnull=True,
                )
            except (TypeError, ValueError, Message.DoesNotExist):
                raise DiscussionError(
                    "message_not_found", _("Het bericht waarop u reageert bestaat niet.")
                )
            if parent.parent_id:  # one level of replies: answer the top message
                parent = parent.parent
        seq = _lock_and_count(thread.pk)
        message = Message.objects.create(
            thread=thread,
            seq=seq,
            updated_seq=seq,
            parent=parent,
            author=user,
            body=body,
            status=MessageStatus.HELD if findings else MessageStatus.VISIBLE,
            findings=findings,
        )
        message.thread = thread
        thread.page = page
        if not findings:
            _notify_mentions(message)
        _publish(message)
    return message


def message_edit(*, user, message_id: Any, body: Any) -> Message:
    """Edit one's own message: the old text is kept, the new one scanned again."""
    body = _clean_body(body)
    findings = _scan(body)
    with transaction.atomic():
        message = _message_for(user, message_id)
        if message.author_id != user.pk:
            raise DiscussionError("not_allowed", _("U kunt alleen uw eigen berichten bewerken."))
        if message.deleted or message.status == MessageStatus.REJECTED:
            raise DiscussionError("not_allowed", _("Dit bericht kan niet meer worden bewerkt."))
        if body == message.body:  # nothing changed: nothing to number or broadcast
            message.payload = message_payload(message)
            return message
        MessageVersion.objects.create(message=message, body=message.body)
        message.body = body
        message.edited = timezone.now()
        message.findings = findings
        message.status = MessageStatus.HELD if findings else MessageStatus.VISIBLE
        message.updated_seq = _lock_and_count(message.thread_id)
        message.save()
        if not findings:
            _notify_mentions(message)
        _publish(message)
    return message


def message_delete(*, user, message_id: Any) -> Message:
    """Soft deletion: the text goes, the place and the replies stay."""
    with transaction.atomic():
        message = _message_for(user, message_id)
        if message.author_id != user.pk and not is_moderator(user):
            raise DiscussionError("not_allowed", _("U kunt alleen uw eigen berichten verwijderen."))
        if message.deleted:
            return message
        message.deleted = timezone.now()
        message.updated_seq = _lock_and_count(message.thread_id)
        message.save(update_fields=["deleted", "updated_seq"])
        _publish(message)
    return message


def message_insist(*, user, message_id: Any) -> Message:
    """The author says a held message holds no personal data: a moderator decides."""
    with transaction.atomic():
        message = _message_for(user, message_id)
        if message.author_id != user.pk or message.status != MessageStatus.HELD:
            raise DiscussionError(
                "not_allowed", _("Alleen een tegengehouden eigen bericht kan worden voorgelegd.")
            )
        message.status = MessageStatus.PENDING_REVIEW
        message.updated_seq = _lock_and_count(message.thread_id)
        message.save(update_fields=["status", "updated_seq"])
        _publish(message)
    return message


MODERATION_ACTIONS = ("approve", "reject", "hide", "restore")


def message_moderate(*, user, message_id: Any, action: str, reason: str = "") -> Message:
    """Moderators (Redactie) approve or reject held messages, hide or restore any."""
    if not is_moderator(user):
        raise DiscussionError("not_allowed", _("Alleen de redactie kan berichten modereren."))
    if action not in MODERATION_ACTIONS:
        raise DiscussionError("bad_frame", _("Onbekende moderatie-actie."))
    with transaction.atomic():
        message = _message_for(user, message_id)
        becomes_visible = False
        if action == "approve":
            if message.status not in (MessageStatus.HELD, MessageStatus.PENDING_REVIEW):
                raise DiscussionError("not_allowed", _("Dit bericht wacht niet op goedkeuring."))
            message.status = MessageStatus.VISIBLE
            becomes_visible = True
        elif action == "reject":
            message.status = MessageStatus.REJECTED
        elif action == "hide":
            message.hidden = True
            message.hidden_reason = (reason or _("verborgen door de redactie"))[:200]
        else:
            message.hidden = False
            message.hidden_reason = ""
        message.updated_seq = _lock_and_count(message.thread_id)
        message.save()
        if becomes_visible:
            _notify_mentions(message)
        _publish(message)
    return message


def message_report(*, user, message_id: Any, reason: Any) -> Message:
    """Report a message; after enough reports it is hidden until a moderator restores it."""
    reason = reason.replace("\x00", "").strip()[:500] if isinstance(reason, str) else ""
    if not reason:
        raise DiscussionError("reason_required", _("Geef een reden voor uw melding."))
    with transaction.atomic():
        message = _message_for(user, message_id)
        _report, created = Report.objects.get_or_create(
            message=message, reporter=user, defaults={"reason": reason}
        )
        if not created:
            raise DiscussionError("already_reported", _("U heeft dit bericht al gemeld."))
        if not message.hidden and message.reports.count() >= autohide_reports():
            message.hidden = True
            message.hidden_reason = _("automatisch verborgen na %(n)d meldingen") % {
                "n": autohide_reports()
            }
            message.updated_seq = _lock_and_count(message.thread_id)
            message.save(update_fields=["hidden", "hidden_reason", "updated_seq"])
            _publish(message)
    return message


def reaction_toggle(*, user, message_id: Any, kind: Any) -> Message:
    """Add or take back a reaction (bedankt, eens, goed idee)."""
    _require_poster(user)
    if kind not in Reaction.Kind.values:
        raise DiscussionError("bad_frame", _("Onbekende reactie."))
    with transaction.atomic():
        message = _message_for(user, message_id)
        if message.status != MessageStatus.VISIBLE or message.deleted:
            raise DiscussionError("not_allowed", _("Op dit bericht kunt u niet reageren."))
        removed, _n = Reaction.objects.filter(message=message, user=user, kind=kind).delete()
        if not removed:
            Reaction.objects.create(message=message, user=user, kind=kind)
        message.updated_seq = _lock_and_count(message.thread_id)
        message.save(update_fields=["updated_seq"])
        _publish(message)
    return message


# --- presence --------------------------------------------------------------

PRESENCE_WINDOW = dt.timedelta(seconds=90)


def presence_count(*, thread_id: int) -> int:
    since = timezone.now() - PRESENCE_WINDOW
    return (
        Presence.objects.filter(thread_id=thread_id, seen__gte=since)
        .values("user_id")
        .distinct()
        .count()
    )


def presence_join(*, thread_id: int, channel_name: str, user) -> int:
    # rows of crashed processes never get their leave: drop them once they are old
    Presence.objects.filter(seen__lt=timezone.now() - PRESENCE_WINDOW * 20).delete()
    Presence.objects.update_or_create(
        channel_name=channel_name,
        defaults={"thread_id": thread_id, "user": user, "seen": timezone.now()},
    )
    return presence_count(thread_id=thread_id)


def presence_touch(*, channel_name: str) -> None:
    Presence.objects.filter(channel_name=channel_name).update(seen=timezone.now())


def presence_leave(*, channel_name: str) -> tuple[int | None, int]:
    row = Presence.objects.filter(channel_name=channel_name).first()
    if row is None:
        return None, 0
    row.delete()
    return row.thread_id, presence_count(thread_id=row.thread_id)


# --- notifications -----------------------------------------------------------


def notification_mark_read(*, user, notification_id: Any) -> Notification:
    """Mark one of the user's own notifications read (a second time keeps the first time)."""
    try:
        notification = Notification.objects.select_related(
            "message__author", "message__thread__page"
        ).get(pk=as_id(notification_id), recipient_id=user.pk)
    except (TypeError, ValueError, Notification.DoesNotExist):
        raise DiscussionError("notification_not_found", _("Deze melding bestaat niet."))
    if notification.read_at is None:
        notification.read_at = timezone.now()
        Notification.objects.filter(pk=notification.pk, read_at__isnull=True).update(
            read_at=notification.read_at
        )
    return notification


def notifications_mark_all_read(*, user) -> int:
    """Mark every unread notification of the user read; returns how many changed."""
    return Notification.objects.filter(recipient_id=user.pk, read_at__isnull=True).update(
        read_at=timezone.now()
    )
