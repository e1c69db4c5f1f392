"""The host's URLs: Wagtail admin, the plugin apps' own URLs, then Wagtail pages."""

from django.urls import include, path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from samenwerken.core import views as core_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/setlang/", set_language, name="set_language"),
    path("account/", include("samenwerken.core.account_urls")),
    path("healthz", core_views.healthz, name="healthz"),
    path("zoeken/", include("pilot.search.urls")),
    path("", include("pilot.urls")),
    path("", include("themes.urls")),
    path("", include("sessions.urls")),
    path("", include(wagtail_urls)),
]
