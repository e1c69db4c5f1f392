"""Scale-out: a real redis-server and two daphne processes sharing one SQLite file.

A message posted through one process reaches a subscriber on the other, and a
reader who reconnects to the other process gets exactly what it missed.
Uses the `websockets` client package.
"""

import asyncio
import json
from concurrent.futures import ThreadPoolExecutor

import pytest
import websockets

from tests.pilot.discussion.liveservers import Daphne, Redis, prepared_env, sessions_for, ws_headers

pytestmark = [pytest.mark.redis, pytest.mark.slow]


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    try:
        redis = Redis()
    except RuntimeError as exc:
        pytest.fail(str(exc))
    env = prepared_env(tmp_path_factory.mktemp("scaleout"), REDIS_URL=redis.url)
    page_id, sessions = sessions_for(env, ["deelnemer", "deelnemer2"])
    servers = [Daphne(env), Daphne(env)]
    yield servers, page_id, sessions
    for server in servers:
        server.stop()
    redis.stop()


async def frame_of(ws, kind, timeout=10):
    while True:
        frame = json.loads(await asyncio.wait_for(ws.recv(), timeout))
        if frame["type"] == kind:
            return frame


async def subscribe(server, session, page_id, last_seq=0):
    ws = await websockets.connect(server.ws_url + "/ws/threads/", **ws_headers(server, session))
    await frame_of(ws, "welcome")
    await ws.send(json.dumps({"type": "subscribe", "page_id": page_id, "last_seq": last_seq}))
    await frame_of(ws, "subscribed")
    messages = []
    while True:
        frame = await frame_of(ws, "backfill")
        messages += frame["messages"]
        if frame["complete"]:
            return ws, messages, frame["last_seq"]


def test_message_crosses_processes_through_redis(stack):
    (one, two), page_id, sessions = stack

    async def scenario():
        poster, _, _ = await subscribe(one, sessions["deelnemer"], page_id)
        reader, _, last_seq = await subscribe(two, sessions["deelnemer2"], page_id)
        await poster.send(json.dumps({"type": "post", "body": "Via proces één", "ref": "a"}))
        assert (await frame_of(poster, "ok"))["ref"] == "a"
        live = await frame_of(reader, "message")
        assert live["message"]["body"] == "Via proces één"
        assert live["message"]["updated_seq"] == last_seq + 1
        seen = live["message"]["updated_seq"]
        await reader.close()

        for n in (1, 2):
            await poster.send(json.dumps({"type": "post", "body": f"Gemist {n}", "ref": n}))
            await frame_of(poster, "ok")
        # reconnect to the *other* process: exactly the two missed messages
        again, missed, _ = await subscribe(one, sessions["deelnemer2"], page_id, last_seq=seen)
        assert [m["body"] for m in missed] == ["Gemist 1", "Gemist 2"]
        await poster.send(json.dumps({"type": "post", "body": "Weer live", "ref": "b"}))
        assert (await frame_of(again, "message"))["message"]["body"] == "Weer live"
        await poster.close()
        await again.close()

    # A thread of its own: Playwright's sync API (session-scoped in the browser tests)
    # keeps an event loop running in the main thread, where asyncio.run() is refused.
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(asyncio.run, scenario()).result(timeout=120)
