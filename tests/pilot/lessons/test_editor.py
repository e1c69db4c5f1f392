"""The editor experience: findings in place, one-click replace, dismiss with a reason, bad input."""

import pytest
from django.urls import reverse
from wagtail.models import PageLogEntry
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from pilot.lessons.findings import open_findings, scan_lesson
from pilot.lessons.models import CaseLessonPage, LessonFindingDismissal

PII = "<p>Mevrouw Yilmaz (geboren 3 maart 1950) belde het team.</p>"


def _edit_url(lesson):
    return reverse("wagtailadmin_pages:edit", args=[lesson.pk])


def _action_url(lesson):
    return reverse("lessons_admin:finding_action", args=[lesson.pk])


def _form(lesson, **overrides):
    data = {
        "title": lesson.title,
        "slug": lesson.slug,
        "situation": rich_text("Een man kwam bij de huisarts."),
        "approach": rich_text(""),
        "what_worked": rich_text(""),
        "what_did_not_work": rich_text(""),
        "outcome": rich_text(""),
        "lesson_for_others": rich_text(""),
        "transferability": streamfield([]),
        "evidence_level": "praktijkervaring",
        "authors": inline_formset([{"user": str(lesson.owner_id)}]),
        "documents": inline_formset([]),
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


@pytest.mark.django_db
def test_findings_are_shown_in_place_with_their_label(client, participant, make_lesson):
    lesson = make_lesson(situation=PII, approach="<p>Bel 06-12345678 voor de sleutel.</p>")
    client.force_login(participant)
    body = client.get(_edit_url(lesson)).content.decode()
    assert body.count('data-testid="lesson-finding"') >= 3
    assert 'data-label="person"' in body and 'data-label="date"' in body
    assert 'data-label="phone"' in body
    assert "<mark>Yilmaz</mark>" in body
    assert "Vervang door [naam]" in body
    # Each list sits right under its own field: the situation's findings precede the approach field.
    assert body.index("<mark>Yilmaz</mark>") < body.index('name="approach"')
    assert body.index('name="approach"') < body.index("<mark>06-12345678</mark>")


@pytest.mark.django_db
def test_one_click_replace_writes_a_new_revision(client, participant, make_lesson):
    lesson = make_lesson(situation=PII)
    draft = lesson.get_latest_revision_as_object()
    name = next(f for f in scan_lesson(draft) if f.label == "person")
    client.force_login(participant)
    response = client.post(_action_url(lesson), {"lesson_finding_action": f"replace:{name.key}"})
    assert response.status_code == 302 and response["Location"] == _edit_url(lesson)
    new = CaseLessonPage.objects.get(pk=lesson.pk).get_latest_revision_as_object()
    assert "Yilmaz" not in new.situation
    assert "Mevrouw [naam] (geboren 3 maart 1950)" in new.situation
    entry = PageLogEntry.objects.filter(page=lesson, action="lessons.replace_finding").get()
    assert entry.data["label"] == "person" and "Yilmaz" not in str(entry.data)


@pytest.mark.django_db
def test_dismiss_needs_a_reason_and_is_logged(client, participant, make_lesson):
    lesson = make_lesson(situation="<p>Het team werkte samen met bakkerij De Wit in de wijk.</p>")
    draft = lesson.get_latest_revision_as_object()
    found = open_findings(draft)
    if not found:  # the finder left the bakery alone: dismiss works the same on a person
        lesson = make_lesson(situation=PII)
        found = open_findings(lesson.get_latest_revision_as_object())
    key = found[0].key
    client.force_login(participant)
    response = client.post(
        _action_url(lesson), {"lesson_finding_action": f"dismiss:{key}"}, follow=True
    )
    assert "Geef een reden" in response.content.decode()
    assert not LessonFindingDismissal.objects.filter(page=lesson).exists()
    client.post(
        _action_url(lesson),
        {
            "lesson_finding_action": f"dismiss:{key}",
            f"lesson_dismiss_reason_{key}": "Naam van een bedrijf, geen cliënt",
        },
    )
    dismissal = LessonFindingDismissal.objects.get(page=lesson)
    assert dismissal.reason == "Naam van een bedrijf, geen cliënt"
    entry = PageLogEntry.objects.get(page=lesson, action="lessons.dismiss_finding")
    assert entry.user == participant and entry.data["reason"] == dismissal.reason
    remaining = open_findings(
        CaseLessonPage.objects.get(pk=lesson.pk).get_latest_revision_as_object()
    )
    assert key not in {f.key for f in remaining}
    # The history page shows it in words.
    history = client.get(reverse("wagtailadmin_pages:history", args=[lesson.pk]))
    assert "Vondst afgewezen" in history.content.decode()


@pytest.mark.django_db
def test_dismiss_reason_with_personal_data_is_refused(client, participant, make_lesson):
    lesson = make_lesson(situation=PII)
    key = open_findings(lesson.get_latest_revision_as_object())[0].key
    client.force_login(participant)
    response = client.post(
        _action_url(lesson),
        {
            "lesson_finding_action": f"dismiss:{key}",
            f"lesson_dismiss_reason_{key}": "Dat is mevrouw Jansen, bel 06-12345678",
        },
        follow=True,
    )
    assert "persoonsgegevens" in response.content.decode()
    assert not LessonFindingDismissal.objects.filter(page=lesson).exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "value", ["", "replace:", "explode:abc", "replace:doesnotexist", "dismiss:" + "x" * 100]
)
def test_bad_actions_get_a_message_not_an_error(client, participant, make_lesson, value):
    lesson = make_lesson(situation=PII)
    client.force_login(participant)
    response = client.post(_action_url(lesson), {"lesson_finding_action": value}, follow=True)
    assert response.status_code == 200
    assert any(m.level_tag == "error" for m in response.context["messages"])


@pytest.mark.django_db
def test_others_cannot_act_on_findings(client, participant2, make_lesson):
    lesson = make_lesson(situation=PII)
    key = open_findings(lesson.get_latest_revision_as_object())[0].key
    client.force_login(participant2)
    response = client.post(_action_url(lesson), {"lesson_finding_action": f"replace:{key}"})
    assert response.status_code in (302, 403)
    assert (
        "Yilmaz"
        in CaseLessonPage.objects.get(pk=lesson.pk).get_latest_revision_as_object().situation
    )


@pytest.mark.django_db
def test_huge_text_gets_a_clear_message(client, participant, make_lesson):
    lesson = make_lesson()
    client.force_login(participant)
    huge = "Een lange tekst zonder namen. " * 35_000  # about 1 MB
    response = client.post(_edit_url(lesson), _form(lesson, situation=rich_text(huge)))
    assert response.status_code == 200
    assert "te lang" in response.content.decode()


@pytest.mark.django_db
def test_empty_texts_and_any_unicode_save_fine(client, participant, make_lesson):
    lesson = make_lesson()
    client.force_login(participant)
    title = "Les 😀 עברית ∑ 𝔘 — ‘quote’"
    response = client.post(_edit_url(lesson), _form(lesson, title=title, situation=rich_text("")))
    assert response.status_code == 302
    assert CaseLessonPage.objects.get(pk=lesson.pk).get_latest_revision_as_object().title == title


@pytest.mark.django_db
def test_consent_errors_are_explained(client, participant, make_lesson):
    lesson = make_lesson(consent=False)
    client.force_login(participant)
    response = client.post(
        _edit_url(lesson), _form(lesson, consent_given="on", consent_date="2999-01-01")
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "toekomst" in body and "reikwijdte" in body


@pytest.mark.django_db
def test_consent_records_who_recorded_it(client, participant, make_lesson):
    lesson = make_lesson(consent=False)
    client.force_login(participant)
    response = client.post(
        _edit_url(lesson),
        _form(lesson, consent_given="on", consent_date="2025-10-01", consent_scope="pilot"),
    )
    assert response.status_code == 302
    draft = CaseLessonPage.objects.get(pk=lesson.pk).get_latest_revision_as_object()
    assert draft.consent_recorded_by == participant and draft.consent_scope == "pilot"


@pytest.mark.django_db
def test_word_html_tags_and_streamfield_are_scanned(make_lesson):
    word = (
        "<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->"
        '<p class="MsoNormal">Gesprek met mevrouw <span style="mso-bidi-font-weight:bold">'
        "Yilmaz</span>.<o:p></o:p></p>"
    )
    lesson = make_lesson(
        situation=word,
        tags=("eenzaamheid", "Jan Jansen"),
        transferability=[
            {"type": "condition", "value": {"title": "Bel 06-12345678", "text": ""}},
        ],
    )
    found = scan_lesson(lesson.get_latest_revision_as_object())
    fields = {(f.field, f.label) for f in found}
    assert ("situation", "person") in fields
    assert ("problem_tags", "person") in fields
    assert ("transferability", "phone") in fields


@pytest.mark.django_db
def test_document_titles_are_scanned_and_replaceable(make_lesson, participant):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    from pilot.lessons import services
    from pilot.lessons.models import LessonDocument

    Document = get_document_model()
    doc = Document.objects.create(
        title="Verslag huisbezoek mevrouw Yilmaz", file=ContentFile(b"x", name="verslag.txt")
    )
    lesson = make_lesson()
    draft = lesson.get_latest_revision_as_object()
    draft.documents = [LessonDocument(document=doc)]
    draft.save_revision(user=participant)
    finding = next(
        f
        for f in scan_lesson(
            CaseLessonPage.objects.get(pk=lesson.pk).get_latest_revision_as_object()
        )
        if f.field == "documents"
    )
    services.finding_replace(lesson=lesson, key=finding.key, user=participant)
    doc.refresh_from_db()
    assert "Yilmaz" not in doc.title and "[naam]" in doc.title


@pytest.mark.django_db
def test_gate_status_page_explains(client, participant, make_lesson):
    lesson = make_lesson(situation=PII, consent=False)
    client.force_login(participant)
    body = client.get(reverse("lessons_admin:gate", args=[lesson.pk])).content.decode()
    assert "persoonsgegevens" in body and "toestemming" in body and "auteur" in body


@pytest.mark.django_db
def test_preview_shows_the_lesson_as_readers_see_it(client, participant, make_lesson):
    lesson = make_lesson(title="Voorbeeldles")
    client.force_login(participant)
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[lesson.pk])
    client.post(preview_url, _form(lesson, title="Voorbeeldles"))
    response = client.get(preview_url)
    body = response.content.decode()
    assert response.status_code == 200
    assert "Voorbeeldles" in body and 'data-testid="case-lesson"' in body
