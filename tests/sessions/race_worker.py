"""Run by test_race.py in a subprocess against its own database (SQLite file or PostgreSQL).

Why a subprocess: pytest-django's SQLite test database lives in memory, and
every thread gets its own connection, i.e. its own empty database; a race
there proves nothing. Here every thread has a real connection to one database
configured exactly as the app runs (SQLite: IMMEDIATE transactions, WAL;
PostgreSQL: DATABASE_URL, row locks).
"""

import json
import os
import sys
import threading

import django

N_USERS = int(sys.argv[1])
CAPACITY = int(sys.argv[2])
ALREADY_SEATED = int(sys.argv[3])


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samenwerken.settings.dev")
    django.setup()
    import datetime as dt

    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone
    from wagtail.models import Page

    from sessions import services
    from sessions.models import Registration, SessionIndexPage, SessionPage

    call_command("migrate", verbosity=0)
    root = Page.get_first_root_node()
    index = SessionIndexPage(title="Race", slug="race")
    root.add_child(instance=index)
    start = timezone.now() + dt.timedelta(days=7)
    session = SessionPage(
        title="Laatste plaatsen",
        slug="laatste",
        kind="workshop",
        start=start,
        end=start + dt.timedelta(hours=2),
        capacity=CAPACITY,
    )
    index.add_child(instance=session)
    session.save_revision().publish()
    User = get_user_model()
    early = [User.objects.create_user(f"vroeg{i}") for i in range(ALREADY_SEATED)]
    for user in early:
        services.registration_create(session=session, user=user)
    racers = [User.objects.create_user(f"racer{i}") for i in range(N_USERS)]
    connection.close()

    barrier = threading.Barrier(N_USERS)
    errors: list[str] = []

    def run(user):
        from django.db import connection as thread_connection

        try:
            barrier.wait()
            services.registration_create(session=SessionPage(pk=session.pk), user=user)
        except Exception as exc:  # reported to the test, never swallowed
            errors.append(repr(exc))
        finally:
            thread_connection.close()

    threads = [threading.Thread(target=run, args=(u,)) for u in racers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    statuses = list(
        Registration.objects.filter(session_id=session.pk).values_list("status", flat=True)
    )
    print(
        json.dumps(
            {
                "registered": statuses.count("registered"),
                "waitlisted": statuses.count("waitlisted"),
                "errors": errors,
                "vendor": connection.vendor,
            }
        )
    )


if __name__ == "__main__":
    main()
