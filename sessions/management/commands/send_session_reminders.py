"""Send the 48-hour reminders; safe to run as often as wanted (each mail goes once)."""

from django.core.management.base import BaseCommand

from sessions.services import reminders_send


class Command(BaseCommand):
    help = "Stuurt herinneringen voor bijeenkomsten die binnen 48 uur beginnen."

    def handle(self, *args, **options):
        sent = reminders_send()
        self.stdout.write(f"{sent} herinnering(en) verstuurd.")
