"""The platform's roles; defined in `themes.roles` so every app can use them."""

from themes.roles import (  # noqa: F401
    ALL_GROUPS,
    EDITOR,
    FACILITATOR,
    PARTICIPANT,
    PROFESSIONAL,
    is_editor,
    is_facilitator,
    is_participant,
    is_professional,
    user_in_group,
)
