"""Wiring of the themes app into Wagtail."""

from wagtail import hooks

from themes.demo import load_demo_themes

hooks.register("load_demo_content", load_demo_themes, order=0)
