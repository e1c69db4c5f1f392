"""Front-end URLs of the themes app; a host includes them with one include()."""

from django.urls import path  # noqa: F401

app_name = "themes"

urlpatterns: list = []
