"""Websocket routes of the pilot app; a host adds them to its URLRouter."""

from pilot.discussion.routing import websocket_urlpatterns as discussion_websockets

websocket_urlpatterns: list = [*discussion_websockets]
