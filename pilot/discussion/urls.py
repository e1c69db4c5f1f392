"""Front-end URLs of the threads (forms without JavaScript, moderation, autocomplete,
notifications)."""

from django.urls import path

from pilot.discussion import views

app_name = "discussion"

urlpatterns = [
    path("pagina/<int:page_id>/plaatsen/", views.post_message, name="post"),
    path("bericht/<int:message_id>/bewerken/", views.edit_message, name="edit"),
    path("bericht/<int:message_id>/verwijderen/", views.delete_message, name="delete"),
    path("bericht/<int:message_id>/voorleggen/", views.insist_message, name="insist"),
    path("bericht/<int:message_id>/melden/", views.report_message, name="report"),
    path("bericht/<int:message_id>/modereren/", views.moderate_message, name="moderate"),
    path("moderatie/", views.moderation_queue, name="moderation"),
    path("personen/", views.mention_candidates, name="mentions"),
    path("meldingen/", views.notifications, name="notifications"),
    path("meldingen/alles-gelezen/", views.read_all_notifications, name="notifications_read_all"),
    path(
        "meldingen/<int:notification_id>/openen/", views.open_notification, name="notification_open"
    ),
]
