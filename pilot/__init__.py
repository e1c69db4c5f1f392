"""Samen Werken: the pilot plugin (programme, teams, lessons, discussion, search)."""

#: Everything a host adds to INSTALLED_APPS to run the whole plugin.
PLUGIN_APPS = [
    "pilot",
    "pilot.lessons",
    "pilot.discussion",
    "pilot.search",
    "sessions",
    "themes",
]
