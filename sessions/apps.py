from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingsConfig(AppConfig):
    """Meetings of the programme.

    The label is `meetings` because `sessions` belongs to django.contrib.sessions.
    """

    name = "sessions"
    label = "meetings"
    verbose_name = _("Bijeenkomsten")
    default_auto_field = "django.db.models.BigAutoField"
