"""A dashboard panel for facilitators on the Wagtail admin home page."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from pilot import roles
from pilot.programme.models import Participant, ProgrammePage, Team


class PilotSummaryPanel(Component):
    """The programme at a glance: teams, participants and the next sessions."""

    name = "pilot_summary"
    order = 50
    template_name = "pilot/admin/summary_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        from sessions.models import SessionPage

        upcoming = (
            SessionPage.objects.live()
            .filter(end__gte=timezone.now())
            .order_by("start")
            .only("id", "title", "start", "kind")[:5]
        )
        return {
            "title": _("Pilot in het kort"),
            "programmes": ProgrammePage.objects.live().only("id", "title")[:3],
            "team_count": Team.objects.filter(is_active=True).count(),
            "participant_count": Participant.objects.count(),
            "upcoming": upcoming,
        }


def add_pilot_summary_panel(request, panels) -> None:
    if roles.is_facilitator(request.user):
        panels.append(PilotSummaryPanel(request))
