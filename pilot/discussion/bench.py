"""A bare rebroadcasting consumer: the floor the benchmark compares threads with.

Routed only when PILOT_BENCH_ECHO=1; it stores nothing and checks nothing.
"""

from channels.generic.websocket import AsyncWebsocketConsumer

GROUP = "bench.echo"


class EchoConsumer(AsyncWebsocketConsumer):
    async def connect(self) -> None:
        await self.channel_layer.group_add(GROUP, self.channel_name)
        await self.accept()

    async def disconnect(self, code: int) -> None:
        await self.channel_layer.group_discard(GROUP, self.channel_name)

    async def receive(self, text_data=None, bytes_data=None) -> None:
        await self.channel_layer.group_send(GROUP, {"type": "echo.message", "text": text_data})

    async def echo_message(self, event: dict) -> None:
        await self.send(text_data=event["text"])
