"""Models of the pilot app live in its parts; Django finds them here."""

from pilot.programme.models import (  # noqa: F401
    District,
    Neighbourhood,
    NeighbourhoodType,
    Participant,
    ProgrammePage,
    ProgrammePhase,
    Role,
    Team,
    TeamRole,
)
