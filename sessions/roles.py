"""Who may run sessions: facilitators and editors (see `themes.roles`)."""

from themes.roles import is_facilitator  # noqa: F401
