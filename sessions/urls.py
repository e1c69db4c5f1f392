"""Front-end URLs of the sessions app; a host includes them with one include()."""

from django.urls import path

from sessions import views

app_name = "meetings"

urlpatterns = [
    path("sessies/<int:pk>/aanmelden/", views.register, name="register"),
    path("sessies/<int:pk>/afmelden/", views.cancel, name="cancel"),
    path("sessies/<int:pk>/agenda.ics", views.session_calendar, name="ics"),
    path("sessies/<int:pk>/presentielijst/", views.checkin, name="checkin"),
    path("sessies/<int:pk>/deelnemers.csv", views.export_csv, name="export_csv"),
    path("mijn-sessies/", views.my_sessions_view, name="my_sessions"),
    path("mijn-sessies/nieuwe-link/", views.feed_rotate, name="feed_rotate"),
    path("mijn-sessies/agenda/<str:token>.ics", views.feed, name="feed"),
]
