"""Front-end URLs of the pilot app; a host includes them with one include()."""

from django.urls import include, path

app_name = "pilot"

urlpatterns: list = [
    path("discussie/", include("pilot.discussion.urls")),
]
