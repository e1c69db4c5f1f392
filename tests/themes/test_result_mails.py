"""The result mail: a background task, in batches, once per voter, surviving bad addresses."""

import datetime as dt
import smtplib

import pytest
from django.core.mail.backends.locmem import EmailBackend as LocmemBackend
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django_tasks import default_task_backend

from tests.themes.conftest import rank
from themes import selectors, services
from themes.models import ResultMail, ResultMailStatus
from themes.tasks import send_result_mails

pytestmark = pytest.mark.django_db

DUMMY_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


class RefusingBackend(LocmemBackend):
    """A real mail backend (locmem underneath) whose server refuses some addresses.

    Counts the connections it opens, like an SMTP server would see them.
    """

    refused: set[str] = set()
    opened = 0

    def open(self):
        type(self).opened += 1
        return super().open()

    def send_messages(self, messages):
        for message in messages:
            bad = set(message.recipients()) & self.refused
            if bad:
                raise smtplib.SMTPRecipientsRefused({a: (550, b"No such user") for a in bad})
        return super().send_messages(messages)


@pytest.fixture
def refusing(settings):
    settings.EMAIL_BACKEND = f"{__name__}.RefusingBackend"
    RefusingBackend.refused = set()
    RefusingBackend.opened = 0
    yield RefusingBackend
    RefusingBackend.refused = set()


@pytest.fixture
def voters(choice_round, members):
    """Ten voters of the round (with demo addresses), the round closed and counted."""
    voters = members[:10]
    for i, user in enumerate(voters):
        services.ballot_submit(
            round_id=choice_round.pk,
            voter=user,
            ranking=rank(choice_round, i % 3),
            volunteer=i % 2 == 0,
        )
    return voters


def _close_and_publish(round_, facilitator, capture):
    services.round_close(round_id=round_.pk, user=facilitator)
    with capture(execute=True):
        services.round_publish(round_id=round_.pk, user=facilitator)


def test_publish_mails_every_voter_exactly_once_in_dutch(
    choice_round, voters, facilitator, mailoutbox, django_capture_on_commit_callbacks
):
    _close_and_publish(choice_round, facilitator, django_capture_on_commit_callbacks)
    assert sorted(m.to[0] for m in mailoutbox) == sorted(v.email for v in voters)
    assert all(len(m.to) == 1 for m in mailoutbox)
    assert {m.subject for m in mailoutbox} == {"Uitslag: Testronde"}
    # The same text for everyone: nothing in it about anybody's ballot.
    assert len({m.body for m in mailoutbox}) == 1
    body = mailoutbox[0].body
    assert "De uitslag van Testronde is bekend." in body and "Gekozen thema's:" in body
    assert not any(v.get_full_name() in body or v.username in body for v in voters)
    assert ResultMail.objects.filter(round=choice_round, status=ResultMailStatus.SENT).count() == 10

    # Running the task again, or the service, mails nobody twice.
    send_result_mails.enqueue(round_id=choice_round.pk)
    assert services.result_mails_send(round_id=choice_round.pk) == {"sent": 0, "failed": 0}
    assert len(mailoutbox) == 10
    progress = selectors.result_mail_progress(round_=choice_round)
    assert progress == {
        "voters": 10,
        "without_email": 0,
        "waiting": 0,
        "sent": 10,
        "failed": 0,
        "sending": 0,
        "stalled": 0,
    }


def test_mail_is_dutch_even_when_the_facilitator_browses_in_english(
    client, choice_round, voters, facilitator, mailoutbox, django_capture_on_commit_callbacks
):
    services.round_close(round_id=choice_round.pk, user=facilitator)
    client.force_login(facilitator)
    client.cookies["django_language"] = "en"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("themes:round_publish", args=[choice_round.pk]),
            headers={"accept-language": "en"},
        )
    assert len(mailoutbox) == 10
    assert mailoutbox[0].subject == "Uitslag: Testronde"
    assert "is bekend" in mailoutbox[0].body


def test_voter_without_email_is_skipped(
    choice_round, voters, facilitator, mailoutbox, django_capture_on_commit_callbacks
):
    silent = voters[3]
    silent.email = ""
    silent.save(update_fields=["email"])
    _close_and_publish(choice_round, facilitator, django_capture_on_commit_callbacks)
    assert len(mailoutbox) == 9
    assert "" not in {m.to[0] for m in mailoutbox}
    assert not ResultMail.objects.filter(voter=silent).exists()
    progress = selectors.result_mail_progress(round_=choice_round)
    assert progress["without_email"] == 1 and progress["sent"] == 9 and progress["waiting"] == 0


def test_one_refused_address_does_not_stop_the_others_and_only_it_is_retried(
    choice_round, voters, facilitator, mailoutbox, refusing, django_capture_on_commit_callbacks
):
    bad = voters[4]
    refusing.refused = {bad.email}
    _close_and_publish(choice_round, facilitator, django_capture_on_commit_callbacks)
    assert sorted(m.to[0] for m in mailoutbox) == sorted(v.email for v in voters if v != bad)
    row = ResultMail.objects.get(round=choice_round, voter=bad)
    assert row.status == ResultMailStatus.FAILED and "SMTPRecipientsRefused" in row.error
    progress = selectors.result_mail_progress(round_=choice_round)
    assert (progress["sent"], progress["failed"], progress["waiting"]) == (9, 1, 0)

    # Still refused: a re-run tries the failed one again, and only that one.
    assert services.result_mails_send(round_id=choice_round.pk) == {"sent": 0, "failed": 1}
    assert len(mailoutbox) == 9

    # The address works again: the next run sends exactly that one mail.
    refusing.refused = set()
    mailoutbox.clear()
    assert services.result_mails_send(round_id=choice_round.pk) == {"sent": 1, "failed": 0}
    assert [m.to for m in mailoutbox] == [[bad.email]]
    row.refresh_from_db()
    assert row.status == ResultMailStatus.SENT and row.attempts == 3 and row.error == ""
    mailoutbox.clear()
    assert services.result_mails_send(round_id=choice_round.pk) == {"sent": 0, "failed": 0}
    assert mailoutbox == []


def test_request_only_enqueues_and_the_worker_sends(
    client,
    settings,
    choice_round,
    voters,
    facilitator,
    mailoutbox,
    refusing,
    django_capture_on_commit_callbacks,
):
    """With a queueing backend the publish request sends nothing; the task does, in batches."""
    settings.TASKS = DUMMY_TASKS
    default_task_backend.clear()
    services.round_close(round_id=choice_round.pk, user=facilitator)
    client.force_login(facilitator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("themes:round_publish", args=[choice_round.pk]))
    assert response.status_code == 302
    assert mailoutbox == []
    assert refusing.opened == 0
    # (Wagtail queues its reference-index updates on the same backend.)
    [queued] = [
        r
        for r in default_task_backend.results
        if r.task.module_path == "themes.tasks.send_result_mails"
    ]
    assert (queued.args, queued.kwargs) == ([], {"round_id": choice_round.pk})
    page = client.get(reverse("themes:round_manage", args=[choice_round.pk])).text
    assert "nog te versturen: 10" in page and "0 berichten verstuurd" in page

    # The worker's turn: ten voters in batches of four is three connections, one per batch.
    assert services.result_mails_send(round_id=choice_round.pk, batch_size=4) == {
        "sent": 10,
        "failed": 0,
    }
    assert refusing.opened == 3
    assert sorted(m.to[0] for m in mailoutbox) == sorted(v.email for v in voters)
    # The queued task itself, run as a worker would: nothing left to send.
    assert queued.task.call(*queued.args, **queued.kwargs) == {"sent": 0, "failed": 0}
    assert len(mailoutbox) == 10
    page = client.get(reverse("themes:round_manage", args=[choice_round.pk])).text
    assert "10 berichten verstuurd" in page and "nog te versturen: 0" in page


def test_unreachable_mail_server_leaves_everyone_for_the_next_run(
    choice_round, voters, facilitator, mailoutbox, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    _close_and_publish(choice_round, facilitator, django_capture_on_commit_callbacks)
    # The first batch is marked failed and the run stops; nobody else is claimed.
    assert ResultMail.objects.filter(status=ResultMailStatus.FAILED).count() == 10
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert services.result_mails_send(round_id=choice_round.pk, batch_size=3) == {
        "sent": 10,
        "failed": 0,
    }
    assert len(mailoutbox) == 10


def test_a_run_that_crashed_mid_batch_never_mails_its_voters_again(
    choice_round, voters, facilitator, mailoutbox
):
    services.round_close(round_id=choice_round.pk, user=facilitator)
    # Published without running the task (its on-commit callback is not executed here).
    services.round_publish(round_id=choice_round.pk, user=facilitator)
    crashed = voters[:2]
    ResultMail.objects.bulk_create(
        [ResultMail(round=choice_round, voter=v, claim="dead-run") for v in crashed]
    )
    ResultMail.objects.filter(claim="dead-run").update(
        updated_at=timezone.now() - dt.timedelta(hours=2)
    )
    assert services.result_mails_send(round_id=choice_round.pk) == {"sent": 8, "failed": 0}
    assert {m.to[0] for m in mailoutbox}.isdisjoint({v.email for v in crashed})
    progress = selectors.result_mail_progress(round_=choice_round)
    assert (progress["sent"], progress["stalled"], progress["sending"]) == (8, 2, 0)


def test_one_row_per_voter_is_a_database_constraint(choice_round, voters):
    ResultMail.objects.create(round=choice_round, voter=voters[0], claim="a")
    with pytest.raises(IntegrityError), transaction.atomic():
        ResultMail.objects.create(round=choice_round, voter=voters[0], claim="b")


def test_no_mail_for_a_round_that_is_not_published(choice_round, voters, facilitator, mailoutbox):
    services.round_close(round_id=choice_round.pk, user=facilitator)
    assert services.result_mails_send(round_id=choice_round.pk) == {"sent": 0, "failed": 0}
    assert services.result_mails_send(round_id=choice_round.pk + 999) == {"sent": 0, "failed": 0}
    assert mailoutbox == [] and not ResultMail.objects.exists()


def test_facilitator_resends_failed_mails_from_the_manage_page(
    client,
    choice_round,
    voters,
    facilitator,
    participant,
    mailoutbox,
    refusing,
    django_capture_on_commit_callbacks,
):
    bad = voters[0]
    refusing.refused = {bad.email}
    _close_and_publish(choice_round, facilitator, django_capture_on_commit_callbacks)
    client.force_login(facilitator)
    manage = reverse("themes:round_manage", args=[choice_round.pk])
    page = client.get(manage).text
    assert "9 berichten verstuurd" in page and "mislukt: 1" in page and "Opnieuw versturen" in page
    resend = reverse("themes:round_mails_resend", args=[choice_round.pk])

    client.force_login(participant)
    assert client.post(resend).status_code == 403

    refusing.refused = set()
    client.force_login(facilitator)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        page = client.post(resend, follow=True).text
    assert "krijgt het alsnog" in page
    assert [m.to for m in mailoutbox] == [[bad.email]]
    page = client.get(manage).text
    assert "10 berichten verstuurd" in page and "Opnieuw versturen" not in page


def test_resend_before_publication_is_refused_in_dutch(client, choice_round, facilitator):
    client.force_login(facilitator)
    page = client.post(
        reverse("themes:round_mails_resend", args=[choice_round.pk]), follow=True
    ).text
    assert "pas berichten uit als de uitslag is gepubliceerd" in page
