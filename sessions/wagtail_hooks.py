"""Wiring of the sessions app into Wagtail."""

from wagtail import hooks

from sessions.demo import load_demo_sessions

hooks.register("load_demo_content", load_demo_sessions, order=10)
