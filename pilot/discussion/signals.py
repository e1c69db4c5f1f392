"""Wiring only: changes that can take a thread away from someone tell the open sockets.

Each receiver calls `access.announce_rights_change` (sent after the commit);
the consumers then check again (see access.py and docs/live-threads.md).
"""

from typing import Any

from django.contrib.auth import get_user_model, user_logged_out
from django.contrib.auth.models import Group
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from pilot.discussion.access import announce_rights_change

User = get_user_model()


def _everyone(**kwargs: Any) -> None:
    announce_rights_change()


def user_saved(sender, instance, update_fields=None, **kwargs: Any) -> None:
    """Active flag, password or superuser status may have changed (a login alone does not)."""
    if update_fields is not None and set(update_fields) <= {"last_login"}:
        return
    announce_rights_change(user_id=instance.pk)


def user_deleted(sender, instance, **kwargs: Any) -> None:
    announce_rights_change(user_id=instance.pk)


def groups_changed(sender, instance, action, reverse, pk_set, **kwargs: Any) -> None:
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if not reverse:  # user.groups.add(...)
        announce_rights_change(user_id=instance.pk)
    elif pk_set:  # group.user_set.remove(...)
        for user_id in pk_set:
            announce_rights_change(user_id=user_id)
    else:  # group.user_set.clear(): who was in it is no longer known
        announce_rights_change()


def logged_out(sender, request, user, **kwargs: Any) -> None:
    """Close this login's sockets (the session is flushed right after this signal)."""
    session = getattr(request, "session", None)
    key = getattr(session, "session_key", None)
    if user is not None and key:
        announce_rights_change(user_id=user.pk, session_key=key)


def page_deleted(sender, instance, **kwargs: Any) -> None:
    if isinstance(instance, Page):
        announce_rights_change()


def connect() -> None:
    post_save.connect(user_saved, sender=User, dispatch_uid="discussion-user-saved")
    post_delete.connect(user_deleted, sender=User, dispatch_uid="discussion-user-deleted")
    m2m_changed.connect(
        groups_changed, sender=User.groups.through, dispatch_uid="discussion-user-groups"
    )
    post_delete.connect(_everyone, sender=Group, dispatch_uid="discussion-group-deleted")
    user_logged_out.connect(logged_out, dispatch_uid="discussion-logged-out")
    for signal in (post_save, post_delete):
        signal.connect(
            _everyone,
            sender=PageViewRestriction,
            dispatch_uid=f"discussion-restriction-{id(signal)}",
        )
    m2m_changed.connect(
        _everyone,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="discussion-restriction-groups",
    )
    page_published.connect(_everyone, dispatch_uid="discussion-page-published")
    page_unpublished.connect(_everyone, dispatch_uid="discussion-page-unpublished")
    post_page_move.connect(_everyone, dispatch_uid="discussion-page-moved")
    post_delete.connect(page_deleted, dispatch_uid="discussion-page-deleted")
