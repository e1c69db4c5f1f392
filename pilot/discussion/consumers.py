"""The live thread socket: parses frames, calls services, filters broadcasts.

It only wires: every read and write is a service or selector called through
`database_sync_to_async`. The protocol (frames, error and close codes, the
backfill rule) is documented in docs/live-threads.md.

Rights are not only checked at subscribe: when told of a rights change
(`rights.changed` events, see access.py), before forwarding a broadcast and
before handling a frame the consumer asks `access.socket_access` (cached for
`PILOT_DISCUSSION_ACCESS_TTL` seconds), drops the subscription with an
`access_revoked` error when the reader lost the thread, and closes with 4401
when the login behind the socket has ended.
"""

from __future__ import annotations

import json
import logging
import time
from collections import deque
from typing import Any

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.conf import settings
from django.utils.translation import gettext as _

from pilot.discussion import access, selectors, services
from pilot.discussion.events import display_name, view_for
from pilot.discussion.models import MessageStatus
from pilot.discussion.permissions import is_moderator, may_post
from pilot.discussion.services import MAX_ID, DiscussionError

log = logging.getLogger(__name__)

PROTOCOL = 1
CLOSE_UNAUTHENTICATED = 4401
CLOSE_TOO_MANY_ERRORS = 4408
BACKFILL_CHUNK = 100
TYPING_INTERVAL = 2.0


def _setting(name: str, default: int) -> int:
    return int(getattr(settings, name, default))


def _int(value: Any, *, field: str, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= MAX_ID:
        raise DiscussionError(
            "bad_frame", _("Veld “%(f)s” moet een geheel getal zijn.") % {"f": field}
        )
    return value


class ThreadConsumer(AsyncJsonWebsocketConsumer):
    """One socket, at most one subscribed thread at a time."""

    async def connect(self) -> None:
        await self.accept()
        user = self.scope.get("user")
        if user is None or not user.is_authenticated:
            await self.send_json(
                {
                    "type": "error",
                    "code": "unauthenticated",
                    "message": _("Log in om mee te praten."),
                }
            )
            await self.close(code=CLOSE_UNAUTHENTICATED)
            return
        self.user = user
        session = self.scope.get("session")
        self.session_key: str | None = getattr(session, "session_key", None) if session else None
        self.moderator = await database_sync_to_async(is_moderator)(user)
        self.can_post = await database_sync_to_async(may_post)(user)
        self.thread_id: int | None = None
        self.page_id: int | None = None
        self.group: str | None = None
        self.backfill_upto = 0
        self.acked = 0
        self.frames: deque[float] = deque()
        self.errors: deque[float] = deque()
        self.last_typing = 0.0
        self.presence = 0
        self.closing = False
        self.rights_groups = (access.RIGHTS_GROUP, access.user_group(user.pk))
        for group in self.rights_groups:
            await self.channel_layer.group_add(group, self.channel_name)
        await self.send_json(
            {
                "type": "welcome",
                "protocol": PROTOCOL,
                "user": {"id": user.pk, "name": display_name(user)},
                "can_post": self.can_post,
                "moderator": self.moderator,
                "max_frame": _setting("PILOT_DISCUSSION_MAX_FRAME", 16384),
                "max_length": services.max_length(),
            }
        )

    async def disconnect(self, code: int) -> None:
        if getattr(self, "group", None):
            await self._leave()
        for group in getattr(self, "rights_groups", ()):
            await self.channel_layer.group_discard(group, self.channel_name)

    # --- receiving ---------------------------------------------------------

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None) -> None:
        """Check size, rate and JSON ourselves, so bad input gets an error frame, not a crash."""
        if not hasattr(self, "user") or self.closing:
            return
        raw = text_data if text_data is not None else bytes_data or b""
        size = len(raw.encode("utf-8")) if isinstance(raw, str) else len(raw)
        if not self._frame_allowed():
            await self._error("flood", _("Te veel berichten in korte tijd; wacht even."))
            return
        if size > _setting("PILOT_DISCUSSION_MAX_FRAME", 16384):
            await self._error("frame_too_large", _("Dit bericht is te groot om te verwerken."))
            return
        try:
            content = json.loads(raw)
        except (ValueError, UnicodeDecodeError, RecursionError):  # deep nesting too
            await self._error("bad_json", _("Dit is geen geldige JSON."))
            return
        ref = content.get("ref") if isinstance(content, dict) else None
        if not isinstance(ref, (str, int)) or isinstance(ref, bool) or len(str(ref)) > 64:
            ref = None
        if not isinstance(content, dict) or not isinstance(content.get("type"), str):
            await self._error("bad_frame", _("Elk bericht moet een object met een “type” zijn."))
            return
        if not await self._still_allowed() and self.closing:
            return  # the login ended; a lost thread only drops the subscription
        handler = getattr(self, "frame_" + content["type"], None)
        if handler is None:
            await self._error(
                "unknown_type",
                _("Onbekend soort bericht: %(t)s") % {"t": content["type"][:40]},
                ref,
            )
            return
        try:
            await handler(content, ref)
        except DiscussionError as exc:
            await self._error(exc.code, exc.message, ref)
        except Exception:
            log.exception("discussion frame failed")
            await self._error("server_error", _("Er ging iets mis; probeer het opnieuw."), ref)

    def _frame_allowed(self) -> bool:
        now = time.monotonic()
        window = self.frames
        while window and window[0] < now - 10:
            window.popleft()
        window.append(now)
        return len(window) <= _setting("PILOT_DISCUSSION_MAX_FRAMES_PER_10S", 60)

    async def _error(self, code: str, message: str, ref: Any = None) -> None:
        frame = {"type": "error", "code": code, "message": message}
        if ref is not None:
            frame["ref"] = ref
        await self.send_json(frame)
        now = time.monotonic()
        while self.errors and self.errors[0] < now - 60:
            self.errors.popleft()
        self.errors.append(now)
        if len(self.errors) >= _setting("PILOT_DISCUSSION_MAX_ERRORS", 20):
            await self.send_json(
                {
                    "type": "error",
                    "code": "too_many_errors",
                    "message": _("Te veel fouten; de verbinding wordt gesloten."),
                }
            )
            self.closing = True
            await self.close(code=CLOSE_TOO_MANY_ERRORS)

    def _subscribed(self) -> int:
        if self.thread_id is None:
            raise DiscussionError("not_subscribed", _("Abonneer u eerst op een discussie."))
        return self.thread_id

    async def _ok(self, ref: Any, **extra: Any) -> None:
        await self.send_json({"type": "ok", "ref": ref, **extra})

    async def _reply_for(self, message, ref: Any) -> None:
        view = view_for(message.payload, user_id=self.user.pk, moderator=self.moderator)
        if message.status == MessageStatus.HELD:
            await self.send_json(
                {"type": "held", "ref": ref, "message": view, "findings": message.findings}
            )
        else:
            await self._ok(ref, id=message.pk, updated_seq=message.updated_seq)

    # --- frames from the client -------------------------------------------

    async def frame_subscribe(self, content: dict, ref: Any) -> None:
        last_seq = _int(content.get("last_seq", 0), field="last_seq")
        page, thread = await database_sync_to_async(services.thread_open)(
            user=self.user, page_id=content.get("page_id")
        )
        if self.group:
            await self._leave()
        await access.subscribed(session_key=self.session_key, user_id=self.user.pk, page_id=page.pk)
        self.thread_id, self.page_id, self.group = thread.pk, page.pk, thread.group_name
        await self.channel_layer.group_add(self.group, self.channel_name)
        count = await database_sync_to_async(services.presence_join)(
            thread_id=thread.pk, channel_name=self.channel_name, user=self.user
        )
        payloads = await database_sync_to_async(selectors.payloads_since)(
            thread_id=thread.pk, since=last_seq
        )
        upto = max([last_seq, *(p["updated_seq"] for p in payloads)])
        self.backfill_upto = upto
        self.presence = count
        await self.send_json(
            {
                "type": "subscribed",
                "ref": ref,
                "page_id": page.pk,
                "thread_id": thread.pk,
                "last_seq": upto,
                "presence": count,
            }
        )
        chunks = [payloads[i : i + BACKFILL_CHUNK] for i in range(0, len(payloads), BACKFILL_CHUNK)]
        for index, chunk in enumerate(chunks or [[]]):
            views = [view_for(p, user_id=self.user.pk, moderator=self.moderator) for p in chunk]
            await self.send_json(
                {
                    "type": "backfill",
                    "messages": views,
                    "last_seq": upto,
                    "complete": index == len(chunks or [[]]) - 1,
                }
            )
        await self._presence_changed(thread.pk, count)

    async def frame_unsubscribe(self, content: dict, ref: Any) -> None:
        self._subscribed()
        await self._leave()
        await self._ok(ref)

    async def frame_post(self, content: dict, ref: Any) -> None:
        self._subscribed()
        message = await database_sync_to_async(services.message_post)(
            user=self.user,
            page_id=self.page_id,
            body=content.get("body"),
            parent_id=content.get("parent_id"),
        )
        await self._reply_for(message, ref)

    async def frame_edit(self, content: dict, ref: Any) -> None:
        self._subscribed()
        message = await database_sync_to_async(services.message_edit)(
            user=self.user, message_id=content.get("id"), body=content.get("body")
        )
        await self._reply_for(message, ref)

    async def frame_delete(self, content: dict, ref: Any) -> None:
        self._subscribed()
        message = await database_sync_to_async(services.message_delete)(
            user=self.user, message_id=content.get("id")
        )
        await self._ok(ref, id=message.pk, updated_seq=message.updated_seq)

    async def frame_insist(self, content: dict, ref: Any) -> None:
        self._subscribed()
        message = await database_sync_to_async(services.message_insist)(
            user=self.user, message_id=content.get("id")
        )
        await self._ok(ref, id=message.pk, updated_seq=message.updated_seq)

    async def frame_moderate(self, content: dict, ref: Any) -> None:
        self._subscribed()
        action = content.get("action")
        reason = content.get("reason") if isinstance(content.get("reason"), str) else ""
        message = await database_sync_to_async(services.message_moderate)(
            user=self.user, message_id=content.get("id"), action=action, reason=reason
        )
        await self._ok(ref, id=message.pk, updated_seq=message.updated_seq)

    async def frame_react(self, content: dict, ref: Any) -> None:
        self._subscribed()
        message = await database_sync_to_async(services.reaction_toggle)(
            user=self.user, message_id=content.get("id"), kind=content.get("kind")
        )
        await self._ok(ref, id=message.pk, updated_seq=message.updated_seq)

    async def frame_report(self, content: dict, ref: Any) -> None:
        self._subscribed()
        message = await database_sync_to_async(services.message_report)(
            user=self.user, message_id=content.get("id"), reason=content.get("reason")
        )
        await self._ok(ref, id=message.pk, updated_seq=message.updated_seq)

    async def frame_ack(self, content: dict, ref: Any) -> None:
        self._subscribed()
        self.acked = max(self.acked, _int(content.get("last_seq"), field="last_seq"))

    async def frame_typing(self, content: dict, ref: Any) -> None:
        self._subscribed()
        now = time.monotonic()
        if now - self.last_typing < TYPING_INTERVAL or not self.can_post:
            return
        self.last_typing = now
        await self.channel_layer.group_send(
            self.group,
            {
                "type": "thread.typing",
                "thread_id": self.thread_id,
                "sender": self.channel_name,
                "user": {"id": self.user.pk, "name": display_name(self.user)},
            },
        )

    async def frame_ping(self, content: dict, ref: Any) -> None:
        frame: dict[str, Any] = {"type": "pong", "ref": ref, "acked": self.acked}
        if self.thread_id is not None:
            await database_sync_to_async(services.presence_touch)(channel_name=self.channel_name)
            frame["last_seq"] = await database_sync_to_async(selectors.thread_last_seq)(
                thread_id=self.thread_id
            )
        await self.send_json(frame)

    # --- events from the channel layer ------------------------------------

    async def thread_message(self, event: dict) -> None:
        if event["thread_id"] != self.thread_id or event["updated_seq"] <= self.backfill_upto:
            return  # another thread, or already sent in the backfill
        if not await self._still_allowed():
            return
        if event["author_id"] != self.user.pk and not self.moderator:
            await self.send(text_data=event["public"])  # the same frame for every other reader
            return
        payload = json.loads(event["full"])
        view = view_for(payload, user_id=self.user.pk, moderator=self.moderator)
        await self.send_json({"type": "message", "message": view})

    async def thread_typing(self, event: dict) -> None:
        mine = event["thread_id"] == self.thread_id and event["sender"] != self.channel_name
        if mine and await self._still_allowed():
            await self.send_json({"type": "typing", "user": event["user"]})

    async def thread_presence(self, event: dict) -> None:
        """Only changes reach the client: joins of the same person repeat the count."""
        if event["thread_id"] == self.thread_id and event["count"] != self.presence:
            if not await self._still_allowed():
                return
            self.presence = event["count"]
            await self.send_json({"type": "presence", "count": event["count"]})

    # --- rights while the socket stays open -------------------------------

    async def rights_changed(self, event: dict) -> None:
        """Someone's rights or a page's restrictions changed: check again now."""
        if not hasattr(self, "user") or self.closing:
            return
        if event.get("session_key"):  # a logout: only that login's sockets close
            if event["session_key"] == self.session_key:
                await self._end_login()
            return
        access.invalidate(event_id=event["id"], user_id=event.get("user_id"))
        if self.thread_id is not None or event.get("user_id") is not None:
            await self._still_allowed()

    async def _still_allowed(self) -> bool:
        """Re-check the reader (cached a few seconds); act on a lost login or thread.

        False means: do not forward or handle anything for the old subscription.
        A failed check counts as no access (the reader resubscribes to recover).
        """
        if self.closing:
            return False
        page_id = self.page_id
        try:
            result = await access.socket_access(
                session_key=self.session_key, user_id=self.user.pk, page_id=page_id
            )
        except Exception:
            log.exception("discussion access check failed")
            return False
        if result.status == access.LOGGED_OUT:
            await self._end_login()
            return False
        self.user, self.moderator, self.can_post = result.user, result.moderator, result.can_post
        if result.status == access.FORBIDDEN and page_id == self.page_id and self.group:
            await self._revoke()
            return False
        return True

    async def _revoke(self) -> None:
        """The reader lost this thread: leave its group, say so; the socket stays open."""
        page_id, thread_id = self.page_id, self.thread_id
        await self._leave()
        await self.send_json(
            {
                "type": "error",
                "code": "access_revoked",
                "message": _("U heeft geen toegang meer tot deze discussie."),
                "page_id": page_id,
                "thread_id": thread_id,
            }
        )

    async def _end_login(self) -> None:
        """Logged out, deactivated or password changed: nothing more arrives; close 4401."""
        self.closing = True
        if self.group:
            await self._leave()
        await self.send_json(
            {
                "type": "error",
                "code": "unauthenticated",
                "message": _("Uw sessie is beëindigd. Log opnieuw in om mee te praten."),
            }
        )
        await self.close(code=CLOSE_UNAUTHENTICATED)

    # --- helpers -----------------------------------------------------------

    async def _leave(self) -> None:
        group, thread_id = self.group, self.thread_id
        self.group = self.thread_id = self.page_id = None
        self.backfill_upto = 0
        await self.channel_layer.group_discard(group, self.channel_name)
        _gone, count = await database_sync_to_async(services.presence_leave)(
            channel_name=self.channel_name
        )
        await self._presence_changed(thread_id, count, group=group)

    async def _presence_changed(self, thread_id: int, count: int, group: str | None = None) -> None:
        await self.channel_layer.group_send(
            group or self.group, {"type": "thread.presence", "thread_id": thread_id, "count": count}
        )
