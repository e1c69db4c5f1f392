from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "samenwerken.core"
    label = "samenwerken_core"
    verbose_name = "Samen Werken (site)"
