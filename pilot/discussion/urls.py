"""Front-end URLs of the threads (forms without JavaScript, moderation, autocomplete)."""

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
]
