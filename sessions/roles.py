"""Who may run sessions. Sessions may not import pilot, so the group names live here too."""

FACILITATOR_GROUPS = ("Facilitator", "Redactie")


def is_facilitator(user) -> bool:
    """Facilitators and editors (and superusers) run sessions and see attendee data."""
    if not getattr(user, "is_authenticated", False):
        return False
    if user.is_superuser:
        return True
    cache = getattr(user, "_meetings_groups", None)
    if cache is None:
        cache = set(user.groups.values_list("name", flat=True))
        user._meetings_groups = cache
    return bool(cache.intersection(FACILITATOR_GROUPS))
