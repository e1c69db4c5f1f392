"""Wiring of the themes app into Wagtail."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from themes.demo import load_demo_choice_round, load_demo_themes
from themes.models import ChoiceRound
from themes.sections import choice_round_section, theme_outcome_section


class ChoiceRoundViewSet(SnippetViewSet):
    """Set up rounds in the admin; closing and publishing happen on the facilitator page."""

    model = ChoiceRound
    icon = "list-ol"
    menu_label = _("Keuzerondes")
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["title", "programme", "state", "opens_at", "closes_at"]
    list_filter = ["state"]


register_snippet(ChoiceRoundViewSet)
hooks.register("load_demo_content", load_demo_themes, order=0)
hooks.register("load_demo_content", load_demo_choice_round, order=5)
hooks.register("page_sections", choice_round_section)
hooks.register("page_sections", theme_outcome_section)
