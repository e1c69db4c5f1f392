"""Thread services and selectors on the demo data (no sockets)."""

import pytest
from django.core import mail

from pilot.discussion import selectors, services
from pilot.discussion.events import view_for
from pilot.discussion.formatting import mentioned_usernames, render_body
from pilot.discussion.models import Message, MessageStatus, Notification, Thread
from pilot.discussion.services import DiscussionError
from themes.models import ThemePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def theme(demo):
    return ThemePage.objects.get(title="Bemoeizorg")


def post(user, theme, body, **kw):
    return services.message_post(user=user, page_id=theme.pk, body=body, **kw)


def test_sequence_only_grows_and_every_change_gets_a_number(participant, participant2, theme):
    first = post(participant, theme, "een")
    second = post(participant2, theme, "twee", parent_id=first.pk)
    assert (first.seq, second.seq) == (1, 2)
    edited = services.message_edit(user=participant, message_id=first.pk, body="een!")
    assert edited.seq == 1 and edited.updated_seq == 3 and edited.edited
    deleted = services.message_delete(user=participant, message_id=first.pk)
    assert deleted.updated_seq == 4
    assert Thread.objects.get(page=theme).last_seq == 4
    assert Message.objects.filter(parent=first).count() == 1  # the reply stays
    assert [
        p["updated_seq"] for p in selectors.payloads_since(thread_id=first.thread_id, since=2)
    ] == [4]


def test_replies_are_one_level(participant, participant2, theme):
    top = post(participant, theme, "vraag")
    reply = post(participant2, theme, "antwoord", parent_id=top.pk)
    nested = post(participant, theme, "antwoord op antwoord", parent_id=reply.pk)
    assert nested.parent_id == top.pk


def test_broadcast_happens_after_commit(participant, theme, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        post(participant, theme, "pas na de commit")
    assert len(callbacks) == 1  # the group_send waits for the commit


def test_held_message_keeps_findings_and_is_invisible_to_others(
    participant, participant2, editor, theme
):
    message = post(participant, theme, "Mevrouw de Vries, BSN 123456782, wil hulp.")
    assert message.status == MessageStatus.HELD and message.findings
    other = view_for(message.payload, user_id=participant2.pk, moderator=False)
    assert other["state"] == "unavailable" and "body" not in other
    assert view_for(message.payload, user_id=editor.pk, moderator=True)["state"] == "held"
    own = view_for(message.payload, user_id=participant.pk, moderator=False)
    assert own["findings"] == message.findings
    with pytest.raises(DiscussionError) as exc:
        services.message_moderate(user=participant2, message_id=message.pk, action="approve")
    assert exc.value.code == "not_allowed"
    services.message_insist(user=participant, message_id=message.pk)
    message.refresh_from_db()
    assert message.status == MessageStatus.PENDING_REVIEW
    services.message_moderate(user=editor, message_id=message.pk, action="reject")
    message.refresh_from_db()
    assert message.status == MessageStatus.REJECTED
    with pytest.raises(DiscussionError):
        services.message_edit(user=participant, message_id=message.pk, body="schoon")


def test_limits_have_clear_dutch_messages(participant, theme, settings):
    settings.PILOT_DISCUSSION_MAX_LENGTH = 10
    with pytest.raises(DiscussionError) as exc:
        post(participant, theme, "x" * 11)
    assert exc.value.code == "too_long"
    assert exc.value.message == "Uw bericht is 11 tekens; het maximum is 10. Maak het korter."
    settings.PILOT_DISCUSSION_RATE_LIMIT = 2
    post(participant, theme, "a")
    post(participant, theme, "b")
    with pytest.raises(DiscussionError) as exc:
        post(participant, theme, "c")
    assert exc.value.code == "rate_limited"
    assert "maximaal 2 per minuut" in exc.value.message


def test_permissions(professional, outsider, participant, theme, demo):
    with pytest.raises(DiscussionError) as exc:
        post(professional, theme, "lezer")
    assert exc.value.code == "not_allowed"
    with pytest.raises(DiscussionError) as exc:
        post(outsider, theme, "buiten")
    assert exc.value.code == "forbidden"
    with pytest.raises(DiscussionError) as exc:
        services.message_post(user=participant, page_id=demo.pk, body="op het programma")
    assert exc.value.code == "thread_not_found"


def test_mentions_notify_and_mail_once(
    participant, participant2, theme, django_capture_on_commit_callbacks
):
    assert mentioned_usernames("hoi @deelnemer2 en @mariahoeve-1. mail a@b.nl") == {
        "deelnemer2",
        "mariahoeve-1",
    }
    with django_capture_on_commit_callbacks(execute=True):
        message = post(participant, theme, "Wat vind jij, @deelnemer2? En @onbekend, @deelnemer")
    assert list(
        Notification.objects.filter(message=message).values_list("recipient__username", flat=True)
    ) == ["deelnemer2"]
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [participant2.email]
    assert "Bemoeizorg" in mail.outbox[0].subject
    with django_capture_on_commit_callbacks(execute=True):
        services.message_edit(
            user=participant, message_id=message.pk, body="Wat vind jij, @deelnemer2?!"
        )
    assert Notification.objects.filter(message=message).count() == 1 and len(mail.outbox) == 1


def test_nul_characters_are_dropped(participant, participant2, theme):
    message = post(participant, theme, "nul\x00byte")
    assert message.body == "nulbyte"
    with pytest.raises(DiscussionError) as exc:
        services.message_report(user=participant2, message_id=message.pk, reason="\x00 ")
    assert exc.value.code == "reason_required"


def test_report_autohide_and_restore(
    participant, participant2, professional, editor, theme, settings
):
    settings.PILOT_DISCUSSION_AUTOHIDE_REPORTS = 2
    message = post(participant, theme, "omstreden")
    services.message_report(user=participant2, message_id=message.pk, reason="ongepast")
    message.refresh_from_db()
    assert not message.hidden
    services.message_report(user=professional, message_id=message.pk, reason="ook ongepast")
    message.refresh_from_db()
    assert message.hidden and "2 meldingen" in message.hidden_reason
    services.message_moderate(user=editor, message_id=message.pk, action="restore")
    message.refresh_from_db()
    assert not message.hidden


def test_reaction_toggles(participant, participant2, theme):
    message = post(participant, theme, "nuttig")
    services.reaction_toggle(user=participant2, message_id=message.pk, kind="thanks")
    assert services.reaction_toggle(user=participant2, message_id=message.pk, kind="idea").payload[
        "reactions"
    ] == {"thanks": 1, "idea": 1}
    again = services.reaction_toggle(user=participant2, message_id=message.pk, kind="thanks")
    assert again.payload["reactions"] == {"idea": 1}


def test_formatting_is_safe():
    html = render_body(
        '<script>alert(1)</script> **vet** _schuin_ `x<y` https://a.nl/?q="1"\nregel'
    )
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<strong>vet</strong>" in html and "<em>schuin</em>" in html
    assert "<code>x&lt;y</code>" in html and "<br>" in html
    assert 'href="https://a.nl/?q=' in html and 'rel="nofollow noopener"' in html


def test_backfill_and_render_queries_stay_flat(
    participant, participant2, theme, django_assert_max_num_queries
):
    for n in range(3):
        post(participant, theme, f"bericht {n}")
    thread = Thread.objects.get(page=theme)
    with django_assert_max_num_queries(3):
        assert len(selectors.payloads_since(thread_id=thread.pk, since=0)) == 3
    for n in range(3, 30):
        m = Message.objects.create(
            thread=thread, seq=100 + n, updated_seq=100 + n, author=participant2, body=f"b {n}"
        )
        services.reaction_toggle(user=participant, message_id=m.pk, kind="agree")
    with django_assert_max_num_queries(3):
        assert len(selectors.payloads_since(thread_id=thread.pk, since=0)) == 30
    with django_assert_max_num_queries(5):
        assert len(selectors.thread_render(page=theme, user=participant)["messages"]) == 30


def test_lesson_threads_follow_the_lessons_read_rules(participant, professional, demo):
    from pilot.lessons.choices import ConsentScope
    from pilot.lessons.models import CaseLessonPage

    pilot_only = CaseLessonPage.objects.live().filter(consent_scope=ConsentScope.PILOT).first()
    platform = CaseLessonPage.objects.live().filter(consent_scope=ConsentScope.PLATFORM).first()
    assert pilot_only is not None and platform is not None
    assert services.thread_for_page(user=professional, page_id=platform.pk)[0].pk == platform.pk
    with pytest.raises(DiscussionError) as exc:
        services.thread_for_page(user=professional, page_id=pilot_only.pk)
    assert exc.value.code == "forbidden"
    message = services.message_post(user=participant, page_id=pilot_only.pk, body="Herkenbaar!")
    assert message.thread.page_id == pilot_only.pk


def test_a_colleagues_handle_is_not_personal_data(participant, participant2, theme):
    """An @mention names a platform account; the finder's view of it must not hold the
    message (then nobody would ever be notified). Client data beside it still is held."""
    message = post(participant, theme, "Wat vind jij, @deelnemer2? En @redactie?")
    assert message.status == MessageStatus.VISIBLE and message.findings == []
    assert Notification.objects.filter(message=message).count() == 2
    held = post(participant, theme, "@deelnemer2 zijn BSN is 123456782")
    assert held.status == MessageStatus.HELD
    assert [f["text"] for f in held.findings] == ["123456782"]
    assert not Notification.objects.filter(message=held).exists()
