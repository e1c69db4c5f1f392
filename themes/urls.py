"""Front-end URLs of the themes app; a host includes them with one include()."""

from django.urls import path

from themes import views

app_name = "themes"

urlpatterns = [
    path("keuzeronde/nieuw/", views.round_create, name="round_create"),
    path("keuzeronde/<int:pk>/", views.round_vote, name="round_vote"),
    path("keuzeronde/<int:pk>/uitslag/", views.round_result, name="round_result"),
    path("keuzeronde/<int:pk>/beheer/", views.round_manage, name="round_manage"),
    path("keuzeronde/<int:pk>/openen/", views.round_open, name="round_open"),
    path("keuzeronde/<int:pk>/sluiten/", views.round_close, name="round_close"),
    path("keuzeronde/<int:pk>/aanpassen/", views.round_adjust, name="round_adjust"),
    path("keuzeronde/<int:pk>/publiceren/", views.round_publish, name="round_publish"),
    path("keuzeronde/<int:pk>/berichten/", views.round_mails_resend, name="round_mails_resend"),
]
