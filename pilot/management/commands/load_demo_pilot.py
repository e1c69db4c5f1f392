"""Load the demo pilot (idempotent). Refuses to run under production settings."""

from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from pilot.demo.loader import DEFAULT_DATA, DEMO_ACCOUNTS, DEMO_PASSWORD, load_demo


class Command(BaseCommand):
    help = "Laad een realistische demo-pilot (teams, thema's, bijeenkomsten, demo-accounts)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--data", type=Path, default=DEFAULT_DATA, help="JSON-bestand met teams en thema's."
        )

    def handle(self, *args, data: Path, **options):
        if not data.exists():
            raise CommandError(f"Bestand niet gevonden: {data}")
        try:
            context = load_demo(data_path=data)
        except ImproperlyConfigured as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(self.style.SUCCESS(f"Demo geladen: {context.programme.title}"))
        self.stdout.write(f"Demo-accounts (wachtwoord: {DEMO_PASSWORD}):")
        for username, (first, last, group, hood, role) in DEMO_ACCOUNTS.items():
            where = f", {role} in {hood}" if hood else ""
            self.stdout.write(f"  {username:<14} {first} {last}: {group}{where}")
