"""Background work (django-tasks): the same reminder run as the management command."""

from django_tasks import task

from sessions.services import reminders_send


@task()
def send_session_reminders() -> int:
    return reminders_send()
