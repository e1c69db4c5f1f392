from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LessonsConfig(AppConfig):
    name = "pilot.lessons"
    label = "lessons"
    verbose_name = _("Casuslessen")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from pilot.lessons import checks, signals  # noqa: F401
