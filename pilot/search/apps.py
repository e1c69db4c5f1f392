from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "pilot.search"
    label = "pilot_search"
    verbose_name = _("Zoeken")

    def ready(self) -> None:
        from . import signals

        signals.connect()
