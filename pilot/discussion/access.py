"""Re-checking an open socket's rights while it stays open.

A socket is checked when it subscribes, but rights change while it stays open:
a person leaves a group, a page gets a view restriction or is unpublished or
deleted, an account is deactivated, someone logs out (their session is gone) or
changes their password. Two mechanisms keep an open socket honest:

- **Told at once.** Signals (`pilot/discussion/signals.py`) call
  `announce_rights_change` after the commit; it sends a `rights.changed` event
  over the channel layer (so every ASGI process hears it): to the person's own
  group when one account changed (groups, active flag, password, logout), to
  every socket when pages or their restrictions changed. Sockets then check
  again at once, and a logged-out session is closed without asking.
- **Asked again anyway.** Before the consumer forwards a broadcast or handles
  a frame it asks `socket_access`. The answer is kept per process for
  `PILOT_DISCUSSION_ACCESS_TTL` seconds (default 60), keyed by session and page:
  every socket of one login shares it, a busy thread costs a dictionary lookup
  per message, and at most one check per key runs at a time (the others wait
  for its answer). A subscribe leaves a fresh answer behind, and in the second
  half of its life an answer is renewed in the background, so a busy thread
  does not wait for the database. This bounds
  what no signal reports (a session that simply expires, a bulk SQL update).

A check is a handful of queries: the session, the account, its groups, the
page and its view restrictions.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass
from importlib import import_module
from typing import Any

from asgiref.sync import async_to_sync
from channels.db import database_sync_to_async
from channels.layers import get_channel_layer
from django.conf import settings
from django.contrib.auth import get_user, get_user_model
from django.db import connection, transaction
from django.http import HttpRequest
from wagtail.models import Page

from pilot.discussion.permissions import is_moderator, may_post, may_read, page_has_thread

log = logging.getLogger(__name__)

OK = "ok"
LOGGED_OUT = "logged_out"
FORBIDDEN = "forbidden"
MAX_ENTRIES = 10_000
RIGHTS_GROUP = "discussion.rights"  # every open socket

Key = tuple[Any, int | None]


@dataclass(frozen=True)
class Access:
    status: str  # OK, LOGGED_OUT or FORBIDDEN
    user_id: int  # whose socket asked
    user: Any  # the account as loaded now (None when logged out)
    moderator: bool
    can_post: bool
    until: float  # time.monotonic() after which it must be asked again


_cache: dict[Key, Access] = {}
_inflight: dict[Key, asyncio.Future] = {}  # checks under way (event loop side only)
_lock = threading.Lock()
_generation = 0  # bumped by every invalidation: a check that started before is not kept
_seen_events: deque[str] = deque(maxlen=256)


def access_ttl() -> float:
    return max(0.0, float(getattr(settings, "PILOT_DISCUSSION_ACCESS_TTL", 60)))


def user_group(user_id: int) -> str:
    """The channel-layer group of one account's sockets."""
    return f"discussion.user.{user_id}"


def cache_key(*, session_key: str | None, user_id: int, page_id: int | None) -> Key:
    return (session_key or f"user:{user_id}", page_id)


def forget() -> None:
    """Drop every cached answer (tests; or a host that changed rights in bulk)."""
    global _generation
    with _lock:
        _cache.clear()
        _generation += 1
    _inflight.clear()


def invalidate(*, event_id: str, user_id: int | None = None) -> bool:
    """Drop the answers a rights change may have falsified: one account's, or all.

    Every socket of a process receives the same event; only the first one does
    the work (False for the others).
    """
    global _generation
    with _lock:
        if event_id in _seen_events:
            return False
        _seen_events.append(event_id)
        if user_id is None:
            _cache.clear()
        else:
            for key in [k for k, v in _cache.items() if v.user_id == user_id]:
                del _cache[key]
        _generation += 1
    _inflight.clear()  # a check under way may have read the old rights
    return True


async def subscribed(*, session_key: str | None, user_id: int, page_id: int) -> None:
    """A subscribe just passed: have a fresh answer ready for the first broadcast.

    A cached "yes" stays; an older refusal (rights granted since) or no answer
    is replaced by a check now, so the first message does not wait for one.
    """
    key = cache_key(session_key=session_key, user_id=user_id, page_id=page_id)
    hit = _cache.get(key)
    if hit is not None and hit.status == OK and hit.until > time.monotonic():
        return
    with _lock:
        _cache.pop(key, None)
    _inflight.pop(key, None)
    await socket_access(session_key=session_key, user_id=user_id, page_id=page_id)


def session_user(*, session_key: str | None, user_id: int) -> Any | None:
    """The account behind this socket's session now, or None when that login has ended.

    Django's own `get_user` does the work: the session must still exist and name
    the same user, the backend must still accept the account (deactivated ones
    are refused), and the password must not have changed since the login.
    """
    if session_key is None:  # a host without sessions: at least the account itself
        user = get_user_model()._default_manager.filter(pk=user_id).first()
        return user if user is not None and user.is_active else None
    engine = import_module(settings.SESSION_ENGINE)
    request = HttpRequest()
    request.session = engine.SessionStore(session_key)
    user = get_user(request)
    if not user.is_authenticated or user.pk != user_id or not user.is_active:
        return None
    return user


def check(*, session_key: str | None, user_id: int, page_id: int | None) -> Access:
    """Ask the database (sync) and remember the answer for the TTL."""
    key = cache_key(session_key=session_key, user_id=user_id, page_id=page_id)
    with _lock:
        generation = _generation
    until = time.monotonic() + access_ttl()
    user = session_user(session_key=session_key, user_id=user_id)
    if user is None:
        access = Access(LOGGED_OUT, user_id, None, False, False, until)
    else:
        status = OK
        if page_id is not None:
            page = Page.objects.filter(pk=page_id).first()
            if page is None or not page_has_thread(page) or not may_read(user, page):
                status = FORBIDDEN
        access = Access(status, user_id, user, is_moderator(user), may_post(user), until)
    with _lock:
        if generation != _generation:
            return access  # rights changed meanwhile: answer this caller, keep nothing
        if len(_cache) >= MAX_ENTRIES:
            now = time.monotonic()
            for stale in [k for k, v in _cache.items() if v.until <= now]:
                del _cache[stale]
            if len(_cache) >= MAX_ENTRIES:
                _cache.clear()
        _cache[key] = access
    return access


def _checking(key: Key, **kwargs: Any) -> asyncio.Future:
    """The running check for this key on this event loop, or a new one (one at a time)."""
    loop = asyncio.get_running_loop()
    task = _inflight.get(key)
    if task is None or task.done() or task.get_loop() is not loop:
        task = loop.create_task(database_sync_to_async(check)(**kwargs))
        _inflight[key] = task

        def finished(done: asyncio.Future) -> None:
            if _inflight.get(key) is done:
                del _inflight[key]
            if not done.cancelled() and done.exception() is not None:  # also marks it seen
                log.warning("discussion access check failed: %r", done.exception())

        task.add_done_callback(finished)
    return task


async def socket_access(*, session_key: str | None, user_id: int, page_id: int | None) -> Access:
    """The cached answer while it is fresh, else the result of one shared check.

    In the second half of its life a fresh answer is renewed in the background,
    so a busy thread never waits for the database; an answer older than the
    TTL is never used.
    """
    kwargs = {"session_key": session_key, "user_id": user_id, "page_id": page_id}
    key = cache_key(**kwargs)
    hit = _cache.get(key)
    now = time.monotonic()
    if hit is not None and hit.until > now:
        if hit.until - now < access_ttl() / 2:
            _checking(key, **kwargs)  # renew ahead; this message uses the fresh answer
        return hit
    return await asyncio.shield(_checking(key, **kwargs))


# --- telling open sockets ------------------------------------------------------


def announce_rights_change(*, user_id: int | None = None, session_key: str | None = None) -> None:
    """After the commit, tell the sockets concerned to check again (or, for a logout, to close).

    `user_id` None means "pages or restrictions changed": every socket checks.
    Within one transaction the same announcement is sent once (deleting a tree
    of pages is one event, not one per page). A missing or failing channel
    layer never breaks the write that caused it: the TTL still bounds the rest.
    """
    marker = (user_id, session_key)
    if connection.in_atomic_block and any(
        getattr(func, "_rights_marker", None) == marker
        for _ids, func, _robust in connection.run_on_commit
    ):
        return
    event = {
        "type": "rights.changed",
        "id": uuid.uuid4().hex,
        "user_id": user_id,
        "session_key": session_key,
    }
    group = RIGHTS_GROUP if user_id is None else user_group(user_id)

    def send() -> None:
        layer = get_channel_layer()
        if layer is None:
            return
        try:
            async_to_sync(layer.group_send)(group, event)
        except Exception:
            log.exception("could not tell open sockets about a rights change")

    send._rights_marker = marker  # type: ignore[attr-defined]
    transaction.on_commit(send)
