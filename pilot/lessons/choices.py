"""Choice lists of case lessons (data the search facets and templates share)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TargetGroup(models.TextChoices):
    """Doelgroep: who the approach was for (after Movisie's practice descriptions)."""

    ADULTS_MULTIPROBLEM = "volwassenen_multiproblematiek", _("Volwassenen met multiproblematiek")
    ELDERLY = "ouderen", _("Ouderen")
    LVB = "lvb", _("Mensen met een licht verstandelijke beperking")
    CARE_AVOIDERS = "zorgmijders", _("Zorgmijders")
    FAMILIES = "gezinnen", _("Gezinnen met kinderen")
    YOUTH = "jongeren", _("Jongeren en jongvolwassenen")
    CARERS = "mantelzorgers", _("Mantelzorgers")
    NEWCOMERS = "nieuwkomers", _("Nieuwkomers en statushouders")
    OTHER = "anders", _("Anders")


class EvidenceLevel(models.TextChoices):
    """Onderbouwing, from practice to a recognised intervention."""

    PRACTICE = "praktijkervaring", _("Praktijkervaring")
    SUBSTANTIATED = "onderbouwd", _("Goed onderbouwd")
    RECOGNISED = "erkend", _("Erkende interventie")


class ConsentScope(models.TextChoices):
    """How far the client's consent declaration reaches."""

    PILOT = "pilot", _("Binnen de pilot")
    PLATFORM = "platform", _("Platformbreed")
