"""Sockets stop receiving when the reader loses the thread or the login ends.

Two paths, tested apart through the real ASGI stack:
- told: signals announce a rights change over the channel layer and the sockets
  concerned check at once (a long TTL here, so only the announcement can act);
- asked: before forwarding a broadcast or handling a frame the consumer checks
  again, cached for PILOT_DISCUSSION_ACCESS_TTL seconds (0 here, and the rights
  are changed with bulk SQL that sends no signal).
"""

import asyncio
import json

import pytest
from channels.db import database_sync_to_async
from channels.layers import get_channel_layer
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse

from pilot import roles
from pilot.discussion import access
from pilot.discussion.models import Thread
from tests.pilot.discussion.conftest import next_of, session_cookie, subscribed

pytestmark = pytest.mark.django_db(transaction=True)

SECRET = "Alleen voor de redactie: het draaiboek"
REVOKED = "U heeft geen toegang meer tot deze discussie."
ENDED = {
    "type": "error",
    "code": "unauthenticated",
    "message": "Uw sessie is beëindigd. Log opnieuw in om mee te praten.",
}
CLOSED = {"type": "websocket.close", "code": 4401}


@pytest.fixture
def told(settings):
    """Only the announcement can notice: the cached answer would last an hour."""
    settings.PILOT_DISCUSSION_ACCESS_TTL = 3600


@pytest.fixture
def asked(settings):
    """Every broadcast and frame is checked; changes below send no signal."""
    settings.PILOT_DISCUSSION_ACCESS_TTL = 0


async def drain(ws, quiet: float = 0.4) -> list[dict]:
    """Every output until the socket stays quiet (text frames parsed, close kept as is)."""
    outputs = []
    while not await ws.receive_nothing(timeout=quiet):
        output = await ws.receive_output()
        outputs.append(json.loads(output["text"]) if output.get("text") else output)
    return outputs


def errors(outputs: list[dict]) -> list[str]:
    return [f["code"] for f in outputs if f.get("type") == "error"]


def text_of(outputs: list[dict]) -> str:
    return json.dumps(outputs, ensure_ascii=False)


async def post(ws, body: str, ref: str = "p") -> dict:
    await ws.send_json_to({"type": "post", "body": body, "ref": ref})
    return await next_of(ws, "ok")


async def quiet(*sockets) -> None:
    for ws in sockets:
        await drain(ws)  # presence noise of the subscribes


def restrict_to_redactie(page) -> None:
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name=roles.EDITOR))


# --- told: announcements over the channel layer --------------------------------


async def test_told_restriction_revokes_at_once_and_keeps_authorised_readers(world, told):
    bob, _ = await subscribed(world.users["bob"], world.theme)
    prof, _ = await subscribed(world.users["prof"], world.theme)
    mod, _ = await subscribed(world.users["mod"], world.theme)
    await quiet(bob, prof, mod)
    thread = await database_sync_to_async(Thread.objects.get)(page=world.theme)

    await database_sync_to_async(restrict_to_redactie)(world.theme)
    for ws in (bob, prof):  # without any new message: told, not waiting for traffic
        outputs = await drain(ws)
        assert outputs[0] == {
            "type": "error",
            "code": "access_revoked",
            "message": REVOKED,
            "page_id": world.theme.pk,
            "thread_id": thread.pk,
        }
        assert errors(outputs) == ["access_revoked"] and CLOSED not in outputs  # stays open

    await post(mod, SECRET)
    assert (await next_of(mod, "message"))["message"]["body"] == SECRET  # still authorised
    for ws in (bob, prof):
        assert await ws.receive_nothing(timeout=0.4)
    members = get_channel_layer().groups.get(thread.group_name, {})
    assert len(members) == 1  # only the moderator's socket is left in the thread's group

    # writes need a subscription, and subscribing again is refused
    await bob.send_json_to({"type": "post", "body": "mag dit nog?", "ref": "b"})
    assert (await next_of(bob, "error"))["code"] == "not_subscribed"
    await bob.send_json_to({"type": "subscribe", "page_id": world.theme.pk, "ref": "s"})
    assert (await next_of(bob, "error"))["code"] == "forbidden"
    for ws in (bob, prof, mod):
        await ws.disconnect()


async def test_told_role_removal_reaches_only_that_person(world, told):
    alice, _ = await subscribed(world.users["alice"], world.theme)
    bob, _ = await subscribed(world.users["bob"], world.theme)
    await quiet(alice, bob)
    await database_sync_to_async(lambda: world.users["bob"].groups.clear())()
    assert errors(await drain(bob)) == ["access_revoked"]
    assert [f["type"] for f in await drain(alice)] == ["presence"]  # bob left; nothing else
    await post(alice, "Nieuw bericht na het intrekken")
    assert (await next_of(alice, "message"))["message"]["body"].startswith("Nieuw")
    assert "Nieuw bericht" not in text_of(await drain(bob))
    await bob.send_json_to({"type": "subscribe", "page_id": world.theme.pk, "ref": "s"})
    assert (await next_of(bob, "error"))["code"] == "forbidden"  # no stale role on the socket
    await alice.disconnect()
    await bob.disconnect()


async def test_told_deactivation_closes_4401(world, told):
    alice, _ = await subscribed(world.users["alice"], world.theme)
    bob, _ = await subscribed(world.users["bob"], world.theme)
    await quiet(alice, bob)

    def deactivate():
        world.users["bob"].is_active = False
        world.users["bob"].save(update_fields=["is_active"])

    await database_sync_to_async(deactivate)()
    assert await drain(bob) == [ENDED, CLOSED]
    await post(alice, "Na het blokkeren")
    assert (await next_of(alice, "message"))["message"]["body"] == "Na het blokkeren"
    await alice.disconnect()


async def test_told_logout_closes_that_login_only(world, told):
    bob_user = world.users["bob"]
    cookie = await database_sync_to_async(session_cookie)(bob_user)
    bob, _ = await subscribed(bob_user, world.theme, cookie=cookie)
    tab, _ = await subscribed(bob_user, world.theme, cookie=cookie)  # a second tab
    other, _ = await subscribed(bob_user, world.theme)  # another device: its own login
    await quiet(bob, tab, other)

    def logout():
        client = Client()
        client.cookies["sessionid"] = cookie
        assert client.post(reverse("account:logout")).status_code == 302

    await database_sync_to_async(logout)()
    assert await drain(bob) == [ENDED, CLOSED]
    assert await drain(tab) == [ENDED, CLOSED]
    assert await other.receive_nothing(timeout=0.3)
    await other.send_json_to({"type": "ping", "ref": "x"})
    assert (await next_of(other, "pong"))["ref"] == "x"
    await other.disconnect()


async def test_told_unpublish_revokes_everyone(world, told):
    alice, _ = await subscribed(world.users["alice"], world.theme)
    mod, _ = await subscribed(world.users["mod"], world.theme)
    await quiet(alice, mod)
    await database_sync_to_async(lambda: world.theme.unpublish())()
    for ws in (alice, mod):  # nobody may read an unpublished page's thread
        assert errors(await drain(ws)) == ["access_revoked"]
        await ws.disconnect()


# --- asked: checked before forwarding and before handling -------------------------


def drop_memberships(user) -> None:
    """Bulk SQL sends no signal: only the re-check can notice this."""
    get_user_model().groups.through.objects.filter(user_id=user.pk).delete()


async def test_asked_before_forwarding_a_broadcast(world, asked):
    bob, _ = await subscribed(world.users["bob"], world.theme)
    prof, _ = await subscribed(world.users["prof"], world.theme)
    alice, _ = await subscribed(world.users["alice"], world.theme)
    await quiet(bob, prof, alice)
    await database_sync_to_async(drop_memberships)(world.users["bob"])
    assert await bob.receive_nothing(timeout=0.3)  # nobody told it

    await post(alice, SECRET)
    outputs = await drain(bob)
    assert SECRET not in text_of(outputs) and errors(outputs) == ["access_revoked"]
    assert (await next_of(prof, "message"))["message"]["body"] == SECRET  # keeps receiving
    for ws in (bob, prof, alice):
        await ws.disconnect()


async def test_asked_a_broadcast_in_flight_after_unpublish(world, asked):
    from wagtail.models import Page

    alice, _ = await subscribed(world.users["alice"], world.theme)
    await post(alice, "Voor het depubliceren")
    message = (await next_of(alice, "message"))["message"]
    await quiet(alice)
    await database_sync_to_async(Page.objects.filter(pk=world.theme.pk).update)(live=False)
    # a change committed just before the unpublish, delivered just after it
    leaked = dict(message, body=SECRET, updated_seq=message["updated_seq"] + 1)
    await get_channel_layer().group_send(
        f"discussion.thread.{message['thread_id']}",
        {
            "type": "thread.message",
            "thread_id": message["thread_id"],
            "updated_seq": leaked["updated_seq"],
            "author_id": world.users["mod"].pk,
            "public": json.dumps({"type": "message", "message": leaked}),
            "full": json.dumps(dict(leaked, status="visible", hidden=False, findings=[])),
        },
    )
    outputs = await drain(alice)
    assert SECRET not in text_of(outputs) and errors(outputs) == ["access_revoked"]
    await alice.disconnect()


async def test_asked_deactivated_or_expired_login_closes_on_next_event_or_frame(world, asked):
    alice, _ = await subscribed(world.users["alice"], world.theme)
    bob, _ = await subscribed(world.users["bob"], world.theme)
    prof_cookie = await database_sync_to_async(session_cookie)(world.users["prof"])
    prof, _ = await subscribed(world.users["prof"], world.theme, cookie=prof_cookie)
    await quiet(alice, bob, prof)
    await database_sync_to_async(
        lambda: get_user_model().objects.filter(pk=world.users["bob"].pk).update(is_active=False)
    )()
    await database_sync_to_async(lambda: Session.objects.filter(pk=prof_cookie).delete())()
    await prof.send_json_to({"type": "ping", "ref": "x"})  # a frame: checked before handling
    assert await drain(prof) == [ENDED, CLOSED]
    await post(alice, "Na het blokkeren")  # a broadcast: checked before forwarding
    outputs = await drain(bob)
    assert "Na het blokkeren" not in text_of(outputs) and outputs[-2:] == [ENDED, CLOSED]
    await alice.disconnect()


async def test_asked_answer_is_cached_per_login_and_expires(world, settings, monkeypatch):
    settings.PILOT_DISCUSSION_ACCESS_TTL = 60
    settings.PILOT_DISCUSSION_RATE_LIMIT = 100
    calls = []
    real_check = access.check

    def counting_check(**kwargs):
        calls.append(kwargs)
        return real_check(**kwargs)

    monkeypatch.setattr(access, "check", counting_check)
    cookie = await database_sync_to_async(session_cookie)(world.users["bob"])
    tabs = [(await subscribed(world.users["bob"], world.theme, cookie=cookie))[0] for _ in range(3)]
    alice, _ = await subscribed(world.users["alice"], world.theme)
    await post(alice, "eerste")
    for tab in tabs:
        assert (await next_of(tab, "message"))["message"]["body"] == "eerste"
    before = len(calls)
    for n in range(10):
        await post(alice, f"bericht {n}", ref=f"p{n}")
    for tab in tabs:
        for n in range(10):
            assert (await next_of(tab, "message"))["message"]["body"] == f"bericht {n}"
    assert len(calls) == before  # 30 forwarded messages, 10 frames: no database check
    bob_checks = [c for c in calls if c["session_key"] == cookie and c["page_id"]]
    assert len(bob_checks) <= 2  # three tabs share one answer (one more after subscribe)

    # a cached answer does expire: after the TTL a change nobody announced is noticed
    settings.PILOT_DISCUSSION_ACCESS_TTL = 0.3
    access.forget()
    await quiet(*tabs)
    await database_sync_to_async(drop_memberships)(world.users["bob"])
    await asyncio.sleep(0.4)
    await post(alice, SECRET, ref="s")
    for tab in tabs:
        outputs = await drain(tab)
        assert SECRET not in text_of(outputs) and errors(outputs) == ["access_revoked"]
        await tab.disconnect()
    await alice.disconnect()


async def test_answer_is_renewed_ahead_without_waiting(world, settings):
    settings.PILOT_DISCUSSION_ACCESS_TTL = 1.0
    cookie = await database_sync_to_async(session_cookie)(world.users["bob"])
    kwargs = {"session_key": cookie, "user_id": world.users["bob"].pk, "page_id": world.theme.pk}
    first = await access.socket_access(**kwargs)
    assert first.status == access.OK and first.user.pk == world.users["bob"].pk
    assert await access.socket_access(**kwargs) is first  # fresh: no new check
    await asyncio.sleep(0.6)  # second half of its life
    assert await access.socket_access(**kwargs) is first  # answered at once ...
    await asyncio.sleep(0.2)
    renewed = await access.socket_access(**kwargs)
    assert renewed is not first and renewed.until > first.until  # ... and renewed meanwhile
    await database_sync_to_async(drop_memberships)(world.users["bob"])
    await asyncio.sleep(1.1)  # an answer older than the TTL is never used
    assert (await access.socket_access(**kwargs)).status == access.FORBIDDEN
