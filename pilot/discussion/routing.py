"""Websocket routes of the discussion threads (and the benchmark's bare floor)."""

import os

from django.urls import path

from pilot.discussion.consumers import ThreadConsumer

websocket_urlpatterns = [path("ws/threads/", ThreadConsumer.as_asgi())]

if os.environ.get("PILOT_BENCH_ECHO") == "1":
    from pilot.discussion.bench import EchoConsumer

    websocket_urlpatterns.append(path("ws/bench-echo/", EchoConsumer.as_asgi()))
