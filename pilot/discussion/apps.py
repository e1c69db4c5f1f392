from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscussionConfig(AppConfig):
    name = "pilot.discussion"
    label = "discussion"
    verbose_name = _("Discussies")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from pilot.discussion import signals

        signals.connect()
