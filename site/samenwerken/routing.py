"""Websocket routes of the plugin apps, gathered in one place."""

from pilot.routing import websocket_urlpatterns as pilot_websockets

websocket_urlpatterns = [*pilot_websockets]
