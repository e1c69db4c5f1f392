from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "samenwerken.home"
    label = "home"
    verbose_name = "Startpagina"
