"""Front-end URLs of the sessions app; a host includes them with one include()."""

from django.urls import path  # noqa: F401

app_name = "meetings"

urlpatterns: list = []
