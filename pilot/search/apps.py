from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _install_lesson_docs(sender, using="default", **kwargs) -> None:
    """After every migrate: triggers back (a SQLite table rebuild drops them), rows rebuilt."""
    from django.db import connections

    from . import lessondocs

    if using == "default" and connections[using].vendor in ("sqlite", "postgresql"):
        lessondocs.install()


class SearchConfig(AppConfig):
    name = "pilot.search"
    label = "pilot_search"
    verbose_name = _("Zoeken")

    def ready(self) -> None:
        from . import signals

        signals.connect()
        post_migrate.connect(_install_lesson_docs, sender=self, dispatch_uid="pilot_search_docs")
