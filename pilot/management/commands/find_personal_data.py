"""Find personal data in JSON lines: {"id", "text"} in, {"id", "spans": [...]} out."""

import sys

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        'Leest JSON-regels {"id", "text"} op standaardinvoer en schrijft '
        '{"id", "spans": [{"start", "end", "label"}]} op standaarduitvoer.'
    )
    requires_system_checks: list = []
    requires_migrations_checks = False

    def handle(self, *args, **options):
        from pilot.privacy.cli import run_jsonl

        code = run_jsonl(sys.stdin, sys.stdout)
        if code:
            raise SystemExit(1)
