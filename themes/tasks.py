"""Background work (django-tasks): the result mail of a published choice round.

Immediate backend (embedded default): runs right after the publish commits.
Database backend (production): a `db_worker` runs it, outside the request.
"""

from django_tasks import task

from themes.services import result_mails_send


@task()
def send_result_mails(round_id: int) -> dict[str, int]:
    """Mail every voter of the round who has not had the result yet; safe to run again."""
    return result_mails_send(round_id=round_id)
