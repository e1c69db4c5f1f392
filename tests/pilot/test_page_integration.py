"""The apps together: a lesson, a theme and a session each show their live thread."""

import pytest

from pilot.lessons.models import CaseLessonPage
from sessions.models import SessionPage
from themes.models import ThemePage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", [CaseLessonPage, ThemePage, SessionPage])
def test_each_page_type_shows_its_thread(client, demo, participant, model):
    page = model.objects.live().first()
    assert page is not None, f"the demo has a live {model.__name__}"
    client.force_login(participant)
    html = client.get(page.url).text
    assert f'data-page-id="{page.pk}"' in html
    assert 'name="body"' in html  # a participant can post, also without JavaScript


def test_theme_page_lists_its_lessons_and_sessions(client, demo, professional):
    lesson = CaseLessonPage.objects.live().filter(themes__isnull=False).first()
    theme = lesson.themes.first()
    client.force_login(professional)
    html = client.get(theme.url).text
    assert lesson.title in html
