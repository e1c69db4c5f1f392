"""Reads of threads: backfill for sockets, the server-rendered thread, notifications."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.conf import settings
from django.db.models import Count, QuerySet
from django.utils.text import Truncator
from wagtail.models import Page

from pilot.discussion.events import display_name, message_payload, view_for
from pilot.discussion.formatting import render_body
from pilot.discussion.models import Message, MessageStatus, Notification, Reaction, Thread
from pilot.discussion.permissions import is_moderator, may_read, page_has_thread


def _reactions(message_ids: list[int]) -> dict[int, dict[str, int]]:
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    rows = (
        Reaction.objects.filter(message_id__in=message_ids)
        .values("message_id", "kind")
        .annotate(n=Count("id"))
    )
    for row in rows:
        counts[row["message_id"]][row["kind"]] = row["n"]
    return counts


def payloads_since(*, thread_id: int, since: int) -> list[dict[str, Any]]:
    """Every message whose latest change is numbered after `since`, in that order.

    One row per message in its current state: a message written and edited while
    the reader was away arrives once, edited. Two queries, however many messages.
    """
    messages = list(
        Message.objects.filter(thread_id=thread_id, updated_seq__gt=since)
        .select_related("author")
        .order_by("updated_seq")
    )
    reactions = _reactions([m.pk for m in messages])
    return [message_payload(m, reactions.get(m.pk)) for m in messages]


def thread_last_seq(*, thread_id: int) -> int:
    return Thread.objects.filter(pk=thread_id).values_list("last_seq", flat=True).first() or 0


def thread_render(*, page, user) -> dict[str, Any]:
    """The thread as the server renders it: top messages with their replies."""
    thread = Thread.objects.filter(page=page).first()
    if thread is None:
        return {"thread": None, "messages": [], "last_seq": 0}
    moderator = is_moderator(user)
    views = []
    for payload in payloads_since(thread_id=thread.pk, since=0):
        view = view_for(payload, user_id=user.pk, moderator=moderator)
        if view["state"] == "unavailable":
            continue
        view["html"] = render_body(view["body"]) if view.get("body") else ""
        view["created_at"] = datetime.fromisoformat(view["created"])
        view["replies"] = []
        views.append(view)
    views.sort(key=lambda v: v["seq"])
    by_id = {v["id"]: v for v in views}
    top = []
    for view in views:
        parent = by_id.get(view["parent_id"]) if view["parent_id"] else None
        if parent is not None:
            parent["replies"].append(view)
        elif not view["parent_id"]:
            top.append(view)
    return {"thread": thread, "messages": top, "last_seq": thread.last_seq}


def moderation_items() -> dict[str, Any]:
    """What waits for the redactie: messages for review, reported and hidden ones."""
    base = (
        Message.objects.select_related("author", "thread__page")
        .prefetch_related("versions")
        .annotate(report_count=Count("reports", distinct=True))
    )
    return {
        "pending": list(base.filter(status__in=["pending_review", "held"]).order_by("created")),
        "reported": list(
            base.filter(report_count__gt=0, deleted__isnull=True).order_by("-created")[:100]
        ),
        "edited": list(base.filter(edited__isnull=False).order_by("-edited")[:50]),
    }


# --- notifications -----------------------------------------------------------


EXCERPT_LENGTH = 200


def notifications_per_page() -> int:
    return max(1, int(getattr(settings, "PILOT_DISCUSSION_NOTIFICATIONS_PER_PAGE", 20)))


def notifications_for(*, user) -> QuerySet[Notification]:
    """The user's notifications, newest first, with what the list shows joined in."""
    return (
        Notification.objects.filter(recipient=user)
        .select_related("message__author", "message__thread__page")
        .order_by("-created", "-pk")
    )


def unread_notification_count(user) -> int:
    """Unread notifications for the navigation badge: one COUNT on an index (0 for anonymous)."""
    if not getattr(user, "is_authenticated", False):
        return 0
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()


def _readable_pages(user, pages: Iterable[Page]) -> dict[int, bool]:
    """May this user read each page's thread now? Asked once per page, not per notification."""
    readable: dict[int, bool] = {}
    for page in pages:
        if page.pk not in readable:
            readable[page.pk] = page_has_thread(page) and may_read(user, page)
    return readable


def _message_shown(message: Message) -> bool:
    """Only text everyone in the thread may see goes into a notification."""
    return message.status == MessageStatus.VISIBLE and not message.hidden and not message.deleted


def notification_views(*, user, notifications: Iterable[Notification]) -> list[dict[str, Any]]:
    """What the list shows of each notification, checked against the reader's rights now.

    A thread the user can no longer read (rights revoked, page unpublished) shows
    neither its title, author nor text; a hidden, deleted or held message shows no
    text. Rights are asked once per page, so a page of results costs a few queries
    however many notifications it holds.
    """
    notifications = list(notifications)
    readable = _readable_pages(user, (n.message.thread.page for n in notifications))
    views = []
    for notification in notifications:
        message = notification.message
        page = message.thread.page
        view: dict[str, Any] = {
            "id": notification.pk,
            "created": notification.created,
            "unread": notification.read_at is None,
            "readable": readable[page.pk],
            "shown": False,
        }
        if view["readable"]:
            model = page.specific_class
            view.update(
                author_name=display_name(message.author),
                page_title=page.title,
                page_kind=str(model._meta.verbose_name) if model else "",
                shown=_message_shown(message),
            )
            if view["shown"]:
                view["excerpt"] = Truncator(message.body).chars(EXCERPT_LENGTH)
        views.append(view)
    return views


def notification_target(*, user, notification: Notification) -> str | None:
    """Where opening a notification leads: the message's anchor, or None if it is out of reach."""
    message = notification.message
    page = message.thread.page
    if not (page_has_thread(page) and may_read(user, page)):
        return None
    return f"{page.url or '/'}#bericht-{message.pk}"
