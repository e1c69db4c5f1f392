from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PilotConfig(AppConfig):
    """Programme, teams, participants; lessons and discussion are sub-apps.

    A host installs the plugin with `INSTALLED_APPS += pilot.PLUGIN_APPS`.
    """

    name = "pilot"
    label = "pilot"
    verbose_name = _("Pilot")
    default_auto_field = "django.db.models.BigAutoField"
