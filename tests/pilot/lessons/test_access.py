"""Who can read published lessons and who can open drafts, per role."""

import pytest
from django.urls import reverse

from pilot.lessons import services
from pilot.lessons.models import CaseLessonPage


def _publish(lesson, participant, editor):
    services.lesson_submit(lesson=lesson, user=participant)
    services.lesson_approve(lesson=lesson, user=editor)
    return CaseLessonPage.objects.get(pk=lesson.pk)


@pytest.fixture
def platform_lesson(db):
    return CaseLessonPage.objects.live().filter(consent_scope="platform").first()


@pytest.fixture
def pilot_lesson(db):
    return CaseLessonPage.objects.live().filter(consent_scope="pilot").first()


@pytest.mark.django_db
def test_anonymous_is_sent_to_login(client, platform_lesson):
    response = client.get(platform_lesson.url)
    assert response.status_code == 302
    assert "/account/inloggen/" in response["Location"]


@pytest.mark.django_db
def test_outsider_without_role_gets_403(client, outsider, platform_lesson):
    client.force_login(outsider)
    assert client.get(platform_lesson.url).status_code == 403


@pytest.mark.django_db
@pytest.mark.parametrize("username", ["professional", "deelnemer", "facilitator", "redactie"])
def test_platform_lesson_is_read_by_every_role(
    client, django_user_model, platform_lesson, username
):
    client.force_login(django_user_model.objects.get(username=username))
    response = client.get(platform_lesson.url)
    assert response.status_code == 200
    assert platform_lesson.title in response.content.decode()


@pytest.mark.django_db
def test_pilot_scope_lesson_is_for_pilot_members_only(
    client, professional, participant2, pilot_lesson
):
    client.force_login(professional)
    assert client.get(pilot_lesson.url).status_code == 403
    client.force_login(participant2)
    assert client.get(pilot_lesson.url).status_code == 200


@pytest.mark.django_db
def test_lesson_index_lists_what_the_user_may_read(client, professional, lesson_index):
    client.force_login(professional)
    body = client.get(lesson_index.url).content.decode()
    for lesson in CaseLessonPage.objects.live():
        assert (lesson.title in body) == (lesson.consent_scope == "platform")
    assert "Conceptles" not in body


@pytest.mark.django_db
def test_drafts_are_never_served_on_the_site(client, editor, make_lesson):
    lesson = make_lesson()
    client.force_login(editor)
    assert client.get(lesson.url or f"/{lesson.url_path}").status_code == 404


@pytest.mark.django_db
def test_drafts_open_only_for_authors_and_reviewers(
    client, make_lesson, participant, participant2, editor, professional
):
    lesson = make_lesson(author=participant)
    edit = reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    preview = reverse("wagtailadmin_pages:preview_on_edit", args=[lesson.pk])
    client.force_login(participant)
    assert client.get(edit).status_code == 200
    client.force_login(editor)
    assert client.get(edit).status_code == 200
    for other in (participant2, professional):
        client.force_login(other)
        assert client.get(edit).status_code in (302, 403)
        assert client.get(preview).status_code in (302, 403)


@pytest.mark.django_db
def test_co_author_may_edit_their_draft(client, make_lesson, participant, participant2):
    lesson = make_lesson(author=participant)
    draft = lesson.get_latest_revision_as_object()
    from pilot.lessons.models import LessonAuthor

    draft.authors.add(LessonAuthor(user=participant2))
    draft.save_revision(user=participant)
    draft.save(update_fields=[])  # child rows to the table, as publishing or editing does
    LessonAuthor.objects.get_or_create(page=lesson, user=participant2)
    client.force_login(participant2)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])).status_code == 200


@pytest.mark.django_db
def test_explorer_hides_other_participants_drafts(
    client, make_lesson, participant, participant2, lesson_index
):
    mine = make_lesson(author=participant, title="Mijn concept")
    theirs = make_lesson(author=participant2, title="Concept van een ander")
    client.force_login(participant)
    body = client.get(reverse("wagtailadmin_explore", args=[lesson_index.pk])).content.decode()
    assert mine.title in body
    assert theirs.title not in body


@pytest.mark.django_db
def test_theme_page_shows_its_lessons_to_professionals(client, professional, platform_lesson):
    theme = platform_lesson.themes.first()
    client.force_login(professional)
    body = client.get(theme.url).content.decode()
    assert platform_lesson.title in body


@pytest.mark.django_db
def test_lesson_list_query_count_is_flat(
    client,
    professional,
    lesson_index,
    make_lesson,
    participant,
    editor,
    django_assert_max_num_queries,
):
    from pilot.lessons.selectors import lesson_list

    with django_assert_max_num_queries(8):
        first = lesson_list(user=professional, index=lesson_index)
        for lesson in first:
            list(lesson.themes.all()), list(lesson.tagged_problems.all())
    for n in range(3):
        _publish(make_lesson(title=f"Extra les {n}"), participant, editor)
    professional._pilot_group_names = None
    with django_assert_max_num_queries(8):
        more = lesson_list(user=professional, index=lesson_index)
        for lesson in more:
            list(lesson.themes.all()), list(lesson.tagged_problems.all())
    assert len(more) == len(first) + 3
