"""What a message looks like on the wire, and what each reader may see of it.

`message_payload` is built once per change inside the service; every consumer
then filters it for its own reader with `view_for` (pure, no database), so a
broadcast costs one query no matter how many people read along.
"""

from typing import Any

from pilot.discussion.models import Message, MessageStatus

UNAVAILABLE = "unavailable"


def display_name(user) -> str:
    return user.get_full_name() or user.get_username()


def message_payload(message: Message, reactions: dict[str, int] | None = None) -> dict[str, Any]:
    author = message.author
    return {
        "id": message.pk,
        "seq": message.seq,
        "updated_seq": message.updated_seq,
        "thread_id": message.thread_id,
        "parent_id": message.parent_id,
        "author": {
            "id": author.pk,
            "username": author.get_username(),
            "name": display_name(author),
        },
        "created": message.created.isoformat(),
        "edited": message.edited.isoformat() if message.edited else None,
        "status": message.status,
        "deleted": message.deleted is not None,
        "hidden": message.hidden,
        "body": message.body,
        "reactions": reactions or {},
        "findings": message.findings or [],
    }


def state_of(payload: dict[str, Any]) -> str:
    if payload["deleted"]:
        return "deleted"
    if payload["hidden"]:
        return "hidden"
    return payload["status"]


def view_for(payload: dict[str, Any], *, user_id: int | None, moderator: bool) -> dict[str, Any]:
    """The message as this reader may see it.

    Held, pending and rejected messages exist only for their author and moderators;
    everyone else gets `state: "unavailable"` (remove it if you show it). Deleted
    messages keep their place (and replies) without text; hidden ones show text to
    moderators only.
    """
    own = payload["author"]["id"] == user_id
    if payload["status"] != MessageStatus.VISIBLE and not (own or moderator):
        return {
            "id": payload["id"],
            "seq": payload["seq"],
            "updated_seq": payload["updated_seq"],
            "parent_id": payload["parent_id"],
            "state": UNAVAILABLE,
        }
    state = state_of(payload)
    view = {key: payload[key] for key in payload if key not in {"findings", "status", "hidden"}}
    view["state"] = state
    view["mine"] = own
    if state == "deleted" or (state == "hidden" and not moderator):
        view["body"] = ""
    if own or moderator:
        view["findings"] = payload["findings"]
    return view
