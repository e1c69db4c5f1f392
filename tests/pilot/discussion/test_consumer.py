"""The thread socket through the real ASGI stack: every frame, error and close code.

These need `django_db(transaction=True)`: the consumer reads the database from
other threads. They see an emptied database, so `world` builds its own site.
"""

import json

import pytest
from channels.db import database_sync_to_async

from pilot.discussion.models import Message, MessageStatus, MessageVersion, Report
from tests.pilot.discussion.conftest import answer, message_where, next_of, subscribed, ws_connect

pytestmark = pytest.mark.django_db(transaction=True)

PERSONAL = "Mevrouw Jansen, BSN 123456782, belt vaak 06-12345678."


async def post(ws, body, **extra):
    await ws.send_json_to({"type": "post", "body": body, "ref": "p1", **extra})


async def test_anonymous_socket_gets_error_and_close_4401(world):
    ws = await ws_connect(None)
    frame = await ws.receive_json_from()
    assert frame == {
        "type": "error",
        "code": "unauthenticated",
        "message": "Log in om mee te praten.",
    }
    closed = await ws.receive_output()
    assert closed == {"type": "websocket.close", "code": 4401}


async def test_foreign_origin_is_refused(world):
    from channels.testing import WebsocketCommunicator

    from samenwerken.asgi import application

    ws = WebsocketCommunicator(
        application, "/ws/threads/", headers=[(b"origin", b"http://evil.example")]
    )
    connected, _ = await ws.connect()
    assert not connected


async def test_welcome_subscribe_post_reaches_other_subscriber(world):
    alice = await ws_connect(world.users["alice"])
    welcome = await alice.receive_json_from()
    assert welcome["type"] == "welcome" and welcome["can_post"] is True and welcome["protocol"] == 1
    await alice.send_json_to(
        {"type": "subscribe", "page_id": world.theme.pk, "last_seq": 0, "ref": "s"}
    )
    sub = await alice.receive_json_from()
    assert sub["type"] == "subscribed" and sub["ref"] == "s" and sub["last_seq"] == 0
    backfill = await next_of(alice, "backfill")
    assert backfill == {"type": "backfill", "messages": [], "last_seq": 0, "complete": True}

    bob, _ = await subscribed(world.users["bob"], world.theme)
    await post(alice, "Hallo **allemaal**")
    ok = await next_of(alice, "ok")
    assert ok["ref"] == "p1" and ok["updated_seq"] == 1
    mine = await next_of(alice, "message")
    theirs = await next_of(bob, "message")
    assert theirs["message"]["body"] == "Hallo **allemaal**"
    assert theirs["message"]["seq"] == 1 and theirs["message"]["state"] == "visible"
    assert theirs["message"]["mine"] is False and mine["message"]["mine"] is True
    assert theirs["message"]["author"]["name"] == "Alice"
    await alice.disconnect()
    await bob.disconnect()


async def test_backfill_after_disconnect_is_exact(world):
    bob, _ = await subscribed(world.users["bob"], world.theme)
    alice, _ = await subscribed(world.users["alice"], world.theme)
    await post(alice, "een")
    first = await next_of(bob, "message")
    assert first["message"]["updated_seq"] == 1
    await bob.send_json_to({"type": "ack", "last_seq": 1})
    await bob.disconnect()

    await post(alice, "twee")
    await next_of(alice, "ok")
    await post(alice, "drie")
    await next_of(alice, "ok")
    first_id = first["message"]["id"]
    await alice.send_json_to(
        {"type": "edit", "id": first_id, "body": "een (aangepast)", "ref": "e"}
    )
    await next_of(alice, "ok")
    same = {"type": "edit", "id": first_id, "body": "een (aangepast)", "ref": "e2"}
    await alice.send_json_to(same)
    assert (await answer(alice, "e2"))["updated_seq"] == 4  # unchanged text: no new number

    bob, missed = await subscribed(world.users["bob"], world.theme, last_seq=1)
    assert [m["body"] for m in missed] == ["twee", "drie", "een (aangepast)"]
    assert [m["updated_seq"] for m in missed] == [2, 3, 4]
    assert missed[2]["edited"] and missed[2]["seq"] == 1
    # nothing already backfilled arrives again live
    await post(alice, "vier")
    live = await next_of(bob, "message")
    assert live["message"]["body"] == "vier" and live["message"]["updated_seq"] == 5
    assert await bob.receive_nothing(timeout=0.3)
    await alice.disconnect()
    await bob.disconnect()


async def test_held_message_flow(world):
    alice, _ = await subscribed(world.users["alice"], world.theme)
    bob, _ = await subscribed(world.users["bob"], world.theme)
    mod, _ = await subscribed(world.users["mod"], world.theme)
    await post(alice, PERSONAL)
    held = await next_of(alice, "held")
    assert held["ref"] == "p1"
    assert held["message"]["state"] == "held"
    assert held["findings"], "the finder found nothing"
    for finding in held["findings"]:
        assert PERSONAL[finding["start"] : finding["end"]] == finding["text"]
    # others get only a placeholder they must not show; the moderator sees it held
    other = await next_of(bob, "message")
    assert other["message"]["state"] == "unavailable" and "body" not in other["message"]
    seen_by_mod = await next_of(mod, "message")
    assert seen_by_mod["message"]["state"] == "held"
    message_id = held["message"]["id"]

    # the author insists: it goes to the moderator, still invisible to others
    await alice.send_json_to({"type": "insist", "id": message_id, "ref": "i"})
    assert (await next_of(alice, "ok"))["ref"] == "i"
    assert (await next_of(bob, "message"))["message"]["state"] == "unavailable"
    pending = await next_of(mod, "message")
    assert pending["message"]["state"] == "pending_review"

    # bob cannot moderate; the moderator approves and now everyone sees it
    await bob.send_json_to({"type": "moderate", "id": message_id, "action": "approve"})
    assert (await next_of(bob, "error"))["code"] == "not_allowed"
    await mod.send_json_to({"type": "moderate", "id": message_id, "action": "approve", "ref": "m"})
    assert (await next_of(mod, "ok"))["ref"] == "m"
    approved = await next_of(bob, "message")
    assert approved["message"]["state"] == "visible" and approved["message"]["body"] == PERSONAL
    for ws in (alice, bob, mod):
        await ws.disconnect()


async def test_held_message_released_by_clean_edit(world):
    alice, _ = await subscribed(world.users["alice"], world.theme)
    bob, _ = await subscribed(world.users["bob"], world.theme)
    await post(alice, PERSONAL)
    held = await next_of(alice, "held")
    await next_of(bob, "message")
    clean = "Een cliënt belt vaak; hoe gaan jullie daarmee om?"
    await alice.send_json_to(
        {"type": "edit", "id": held["message"]["id"], "body": clean, "ref": "e"}
    )
    assert (await next_of(alice, "ok"))["ref"] == "e"
    released = await next_of(bob, "message")
    assert released["message"]["state"] == "visible" and released["message"]["body"] == clean
    assert released["message"]["edited"]
    message = await database_sync_to_async(Message.objects.get)(pk=held["message"]["id"])
    assert message.status == MessageStatus.VISIBLE and message.findings == []
    versions = await database_sync_to_async(
        lambda: list(MessageVersion.objects.values_list("body", flat=True))
    )()
    assert versions == [PERSONAL]
    await alice.disconnect()
    await bob.disconnect()


async def test_reply_delete_react_report_typing_ping(world):
    alice, _ = await subscribed(world.users["alice"], world.theme)
    bob, _ = await subscribed(world.users["bob"], world.theme)
    await post(alice, "Vraag")
    top = (await next_of(alice, "message"))["message"]
    await next_of(bob, "message")
    await bob.send_json_to({"type": "post", "body": "Antwoord", "parent_id": top["id"]})
    reply = (await next_of(alice, "message"))["message"]
    assert reply["parent_id"] == top["id"]

    await bob.send_json_to({"type": "react", "id": top["id"], "kind": "thanks", "ref": "r"})
    reacted = await message_where(alice, lambda m: m["reactions"])
    assert reacted["reactions"] == {"thanks": 1}

    await alice.send_json_to({"type": "delete", "id": top["id"], "ref": "d"})
    deleted = await message_where(bob, lambda m: m["id"] == top["id"] and m["state"] != "visible")
    assert deleted["state"] == "deleted" and deleted["body"] == ""
    assert await database_sync_to_async(Message.objects.filter(parent_id=top["id"]).count)() == 1

    await alice.send_json_to(
        {"type": "report", "id": reply["id"], "reason": "Off-topic", "ref": "r1"}
    )
    assert (await answer(alice, "r1"))["type"] == "ok"
    await alice.send_json_to(
        {"type": "report", "id": reply["id"], "reason": "nog eens", "ref": "r2"}
    )
    assert (await answer(alice, "r2"))["code"] == "already_reported"
    await alice.send_json_to({"type": "report", "id": reply["id"], "reason": "  ", "ref": "r3"})
    assert (await answer(alice, "r3"))["code"] == "reason_required"
    assert await database_sync_to_async(Report.objects.count)() == 1

    await alice.send_json_to({"type": "ping", "ref": "drain"})
    await answer(alice, "drain")
    await alice.send_json_to({"type": "typing"})
    typing = await bob.receive_json_from()
    while typing["type"] != "typing":
        typing = await bob.receive_json_from()
    assert typing["user"]["name"] == "Alice"
    assert await alice.receive_nothing(timeout=0.2)  # no echo of one's own typing

    await bob.send_json_to({"type": "ack", "last_seq": 4})
    await bob.send_json_to({"type": "ping", "ref": "x"})
    pong = await answer(bob, "x")
    assert pong == {"type": "pong", "ref": "x", "acked": 4, "last_seq": 4}
    await bob.send_json_to({"type": "unsubscribe", "ref": "u"})
    assert (await answer(bob, "u"))["type"] == "ok"
    await alice.disconnect()
    await bob.disconnect()


async def test_auto_hide_after_reports_and_moderator_restore(world, settings):
    settings.PILOT_DISCUSSION_AUTOHIDE_REPORTS = 2
    alice, _ = await subscribed(world.users["alice"], world.theme)
    await post(alice, "Dit is omstreden")
    message = (await next_of(alice, "message"))["message"]
    for name in ("bob", "prof"):
        ws, _ = await subscribed(world.users[name], world.theme)
        await ws.send_json_to({"type": "report", "id": message["id"], "reason": "ongepast"})
        await next_of(ws, "ok")
        await ws.disconnect()
    hidden = (await next_of(alice, "message"))["message"]
    assert hidden["state"] == "hidden" and hidden["body"] == ""
    mod, backfill = await subscribed(world.users["mod"], world.theme)
    assert backfill[0]["state"] == "hidden" and backfill[0]["body"] == "Dit is omstreden"
    await mod.send_json_to({"type": "moderate", "id": message["id"], "action": "restore"})
    restored = (await next_of(alice, "message"))["message"]
    assert restored["state"] == "visible" and restored["body"] == "Dit is omstreden"
    await alice.disconnect()
    await mod.disconnect()


async def test_professional_reads_but_cannot_post(world):
    prof, _ = await subscribed(world.users["prof"], world.theme)
    await post(prof, "Mag ik meepraten?")
    error = await next_of(prof, "error")
    assert error["code"] == "not_allowed" and error["ref"] == "p1"
    await prof.disconnect()


async def test_forbidden_and_unknown_threads(world):
    for user, page_id, code in [
        (world.users["alice"], world.restricted.pk, "forbidden"),
        (world.users["nobody"], world.theme.pk, "forbidden"),
        (world.users["alice"], world.index.pk, "thread_not_found"),
        (world.users["alice"], 999999, "thread_not_found"),
        (world.users["alice"], "abc", "thread_not_found"),
        (world.users["alice"], 2**80, "thread_not_found"),
        (world.users["alice"], True, "thread_not_found"),
    ]:
        ws = await ws_connect(user)
        await ws.receive_json_from()
        await ws.send_json_to({"type": "subscribe", "page_id": page_id, "ref": "s"})
        error = await next_of(ws, "error")
        assert error["code"] == code and error["ref"] == "s", (page_id, error)
        await ws.send_json_to({"type": "post", "body": "x"})
        assert (await next_of(ws, "error"))["code"] == "not_subscribed"
        await ws.disconnect()
    mod, _ = await subscribed(world.users["mod"], world.restricted)  # the Redactie may
    await mod.disconnect()


async def test_bad_input_gets_error_frames_and_socket_stays_usable(world, settings):
    settings.PILOT_DISCUSSION_MAX_FRAME = 2000
    settings.PILOT_DISCUSSION_MAX_LENGTH = 50
    alice, _ = await subscribed(world.users["alice"], world.theme)
    await alice.send_to(text_data="{niet json")
    assert (await next_of(alice, "error"))["code"] == "bad_json"
    await alice.send_to(text_data="[1, 2]")
    assert (await next_of(alice, "error"))["code"] == "bad_frame"
    await alice.send_to(text_data=json.dumps({"type": "dans", "ref": 7}))
    error = await next_of(alice, "error")
    assert error["code"] == "unknown_type" and error["ref"] == 7
    await alice.send_to(text_data=json.dumps({"type": "post", "body": "x" * 3000}))
    assert (await next_of(alice, "error"))["code"] == "frame_too_large"
    await alice.send_to(text_data="[" * 1000 + "]" * 1000)  # deeper than the JSON decoder goes
    assert (await next_of(alice, "error"))["code"] == "bad_json"
    await alice.send_to(bytes_data=b"\xff\xfe")
    assert (await next_of(alice, "error"))["code"] == "bad_json"
    await post(alice, "y" * 51)
    error = await next_of(alice, "error")
    assert error["code"] == "too_long" and "51" in error["message"] and "50" in error["message"]
    await post(alice, "   ")
    assert (await next_of(alice, "error"))["code"] == "empty"
    await post(alice, 12)
    assert (await next_of(alice, "error"))["code"] == "bad_frame"
    await alice.send_json_to({"type": "subscribe", "page_id": world.theme.pk, "last_seq": -1})
    assert (await next_of(alice, "error"))["code"] == "bad_frame"
    await alice.send_json_to({"type": "subscribe", "page_id": world.theme.pk, "last_seq": 2**70})
    assert (await next_of(alice, "error"))["code"] == "bad_frame"
    await alice.send_json_to({"type": "delete", "id": 2**70})
    assert (await next_of(alice, "error"))["code"] == "message_not_found"
    await post(alice, "antwoord", parent_id=2**70)
    assert (await next_of(alice, "error"))["code"] == "message_not_found"
    await alice.send_json_to({"type": "edit", "id": 424242, "body": "x"})
    assert (await next_of(alice, "error"))["code"] == "message_not_found"
    await alice.send_json_to({"type": "react", "id": 1, "kind": "boos"})
    assert (await next_of(alice, "error"))["code"] == "bad_frame"
    # still usable afterwards
    await post(alice, "Nog steeds hier")
    assert (await next_of(alice, "ok"))["ref"] == "p1"
    await alice.disconnect()


async def test_rate_limit(world, settings):
    settings.PILOT_DISCUSSION_RATE_LIMIT = 3
    alice, _ = await subscribed(world.users["alice"], world.theme)
    for n in range(3):
        await post(alice, f"bericht {n}")
        await next_of(alice, "ok")
    await post(alice, "nog één")
    error = await next_of(alice, "error")
    assert error["code"] == "rate_limited" and "3 per minuut" in error["message"]
    await alice.disconnect()


async def test_flood_and_too_many_errors_close_4408(world, settings):
    settings.PILOT_DISCUSSION_MAX_FRAMES_PER_10S = 5
    settings.PILOT_DISCUSSION_MAX_ERRORS = 4
    alice, _ = await subscribed(world.users["alice"], world.theme)
    bob, _ = await subscribed(world.users["bob"], world.theme)
    codes = []
    for _n in range(8):
        await alice.send_json_to({"type": "ping"})
    while True:
        output = await alice.receive_output(timeout=2)
        if output["type"] == "websocket.close":
            assert output["code"] == 4408
            break
        frame = json.loads(output["text"])
        if frame["type"] == "error":
            codes.append(frame["code"])
    assert codes[:4] == ["flood"] * 4 and codes[-1] == "too_many_errors"
    # the server keeps serving everyone else
    await bob.send_json_to({"type": "ping", "ref": "b"})
    assert (await next_of(bob, "pong"))["ref"] == "b"
    await bob.disconnect()


async def test_presence_counts_people(world):
    alice, _ = await subscribed(world.users["alice"], world.theme)
    bob, _ = await subscribed(world.users["bob"], world.theme)
    frame = await alice.receive_json_from()
    while frame["type"] != "presence" or frame["count"] != 2:
        frame = await alice.receive_json_from()
    await bob.disconnect()
    frame = await alice.receive_json_from()
    while frame["type"] != "presence":
        frame = await alice.receive_json_from()
    assert frame["count"] == 1
    await alice.disconnect()


async def test_long_backfill_comes_in_chunks_in_order(world):
    from pilot.discussion.models import Thread

    def fill():
        thread = Thread.objects.create(page=world.theme, last_seq=150)
        Message.objects.bulk_create(
            Message(thread=thread, seq=n, updated_seq=n, author=world.users["alice"], body=f"m{n}")
            for n in range(1, 151)
        )

    await database_sync_to_async(fill)()
    ws = await ws_connect(world.users["bob"])
    await ws.receive_json_from()
    await ws.send_json_to({"type": "subscribe", "page_id": world.theme.pk, "last_seq": 20})
    assert (await ws.receive_json_from())["last_seq"] == 150
    first, second = await next_of(ws, "backfill"), await next_of(ws, "backfill")
    assert (len(first["messages"]), first["complete"]) == (100, False)
    assert (len(second["messages"]), second["complete"]) == (30, True)
    seqs = [m["updated_seq"] for m in first["messages"] + second["messages"]]
    assert seqs == list(range(21, 151))
    await ws.disconnect()
