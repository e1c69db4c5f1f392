"""Fixtures for thread tests.

`world` builds a small site for `django_db(transaction=True)` tests, which see
an emptied database: a root, a theme index, an open theme, a theme restricted
to the Redactie group, and users in each role. `ws_connect` opens a real
socket through the project's ASGI stack (origin check, session auth).
"""

from dataclasses import dataclass
from typing import Any

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client


@dataclass
class World:
    theme: Any
    restricted: Any
    index: Any
    users: dict[str, Any]


def build_world() -> World:
    from wagtail.models import Locale, Page, PageViewRestriction

    from pilot import roles
    from themes.models import ThemeIndexPage, ThemePage

    Locale.objects.get_or_create(language_code="nl")
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))
    index = ThemeIndexPage(title="Thema's", slug="themas")
    root.add_child(instance=index)
    theme = ThemePage(
        title="Bemoeizorg", slug="bemoeizorg", summary="Zorg voor mensen die zorg mijden."
    )
    index.add_child(instance=theme)
    restricted = ThemePage(title="Redactiezaken", slug="redactiezaken", summary="Alleen redactie.")
    index.add_child(instance=restricted)
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in roles.ALL_GROUPS}
    restriction = PageViewRestriction.objects.create(
        page=restricted, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(groups[roles.EDITOR])
    User = get_user_model()
    users = {}
    for username, group in [
        ("alice", roles.PARTICIPANT),
        ("bob", roles.PARTICIPANT),
        ("prof", roles.PROFESSIONAL),
        ("mod", roles.EDITOR),
        ("nobody", None),
    ]:
        user = User.objects.create_user(
            username,
            email=f"{username}@example.org",
            password="x" * 12,
            first_name=username.title(),
        )
        if group:
            user.groups.add(groups[group])
        users[username] = user
    return World(theme=theme, restricted=restricted, index=index, users=users)


@pytest.fixture
def world(transactional_db) -> World:
    return build_world()


def session_cookie(user) -> str:
    client = Client()
    client.force_login(user)
    return client.cookies["sessionid"].value


@pytest.fixture(autouse=True)
def _fresh_access_cache():
    """Sockets cache their rights per process: no answer may leak from one test to the next."""
    from pilot.discussion import access

    access.forget()
    yield
    access.forget()


async def ws_connect(
    user=None, *, origin: bytes = b"http://127.0.0.1", cookie: str | None = None
) -> WebsocketCommunicator:
    """A connected communicator (welcome frame not yet read); `cookie` reuses a session."""
    from samenwerken.asgi import application

    headers = [(b"origin", origin), (b"host", b"127.0.0.1")]
    if user is not None and cookie is None:
        cookie = await database_sync_to_async(session_cookie)(user)
    if cookie is not None:
        headers.append((b"cookie", f"sessionid={cookie}".encode()))
    communicator = WebsocketCommunicator(application, "/ws/threads/", headers=headers)
    connected, _code = await communicator.connect()
    assert connected
    return communicator


async def subscribed(
    user, page, last_seq: int = 0, *, cookie: str | None = None
) -> tuple[WebsocketCommunicator, list[dict]]:
    """Connect, read the welcome, subscribe; returns the socket and the backfilled messages."""
    ws = await ws_connect(user, cookie=cookie)
    welcome = await ws.receive_json_from()
    assert welcome["type"] == "welcome"
    await ws.send_json_to({"type": "subscribe", "page_id": page.pk, "last_seq": last_seq})
    frame = await ws.receive_json_from()
    assert frame["type"] == "subscribed", frame
    messages = []
    while True:
        frame = await ws.receive_json_from()
        if frame["type"] == "presence":
            continue
        assert frame["type"] == "backfill", frame
        messages.extend(frame["messages"])
        if frame["complete"]:
            break
    return ws, messages


async def next_of(ws: WebsocketCommunicator, kind: str, timeout: float = 3) -> dict:
    """The next frame of one type, skipping presence and typing noise (and live
    messages while waiting for an answer frame)."""
    noise = {"presence", "typing", "ok"} if kind == "message" else {"presence", "typing", "message"}
    while True:
        frame = await ws.receive_json_from(timeout=timeout)
        if frame["type"] == kind:
            return frame
        if frame["type"] not in noise:
            raise AssertionError(f"expected {kind}, got {frame}")


async def message_where(ws: WebsocketCommunicator, pred, timeout: float = 3) -> dict:
    """The first live message for which pred(message) holds (earlier ones are skipped)."""
    while True:
        frame = await next_of(ws, "message", timeout)
        if pred(frame["message"]):
            return frame["message"]


async def answer(ws: WebsocketCommunicator, ref, timeout: float = 3) -> dict:
    """The ok/held/error/pong frame answering the client frame with this ref."""
    while True:
        frame = await ws.receive_json_from(timeout=timeout)
        if frame.get("ref") == ref and frame["type"] in {
            "ok",
            "held",
            "error",
            "pong",
            "subscribed",
        }:
            return frame
