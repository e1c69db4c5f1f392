"""The platform's roles, as Django groups, read by name.

They live in the bottom app so that every app (themes, sessions, pilot) can
check roles without importing upwards; `pilot.roles` re-exports them.
"""

PARTICIPANT = "Deelnemer"
FACILITATOR = "Facilitator"
PROFESSIONAL = "Professional"
EDITOR = "Redactie"

ALL_GROUPS = (PARTICIPANT, FACILITATOR, PROFESSIONAL, EDITOR)


def user_in_group(user, *names: str) -> bool:
    """True for a logged-in user in any of the named groups (superusers always)."""
    if not getattr(user, "is_authenticated", False):
        return False
    if user.is_superuser:
        return True
    cache = getattr(user, "_pilot_group_names", None)
    if cache is None:
        cache = set(user.groups.values_list("name", flat=True))
        user._pilot_group_names = cache
    return bool(cache.intersection(names))


def is_facilitator(user) -> bool:
    return user_in_group(user, FACILITATOR, EDITOR)


def is_editor(user) -> bool:
    return user_in_group(user, EDITOR)


def is_participant(user) -> bool:
    return user_in_group(user, PARTICIPANT, FACILITATOR, EDITOR)


def is_professional(user) -> bool:
    """Anyone with an account in a platform role may read lessons and threads."""
    return user_in_group(user, *ALL_GROUPS)
