"""Admin URLs of the lessons app, registered through the `register_admin_urls` hook."""

from django.urls import path

from pilot.lessons import views

app_name = "lessons_admin"

urlpatterns = [
    path("<int:page_id>/vondst/", views.finding_action, name="finding_action"),
    path("<int:page_id>/publicatiecontrole/", views.gate_status, name="gate"),
]
