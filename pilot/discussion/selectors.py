"""Reads of threads: backfill for sockets, the server-rendered thread for pages."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from django.db.models import Count

from pilot.discussion.events import message_payload, view_for
from pilot.discussion.formatting import render_body
from pilot.discussion.models import Message, Reaction, Thread
from pilot.discussion.permissions import is_moderator


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
