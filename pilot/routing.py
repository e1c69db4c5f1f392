"""Websocket routes of the pilot app; a host adds them to its URLRouter."""

websocket_urlpatterns: list = []
