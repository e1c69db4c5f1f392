"""Attachments of case lessons: participants upload and choose them in the lesson
collection; only readers of the published lesson (and uploader, reviewers) download them;
their file names are scanned like any text."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, GroupCollectionPermission

from pilot.lessons import services
from pilot.lessons.findings import open_findings
from pilot.lessons.models import CaseLessonPage, LessonDocument

Document = get_document_model()


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    """Files on disk (the test settings keep them in memory, which Wagtail cannot serve)."""
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }


@pytest.fixture
def collection(db):
    return Collection.objects.get(depth=2, name="Casuslessen")


def _document(collection, user, *, title="Werkplan", filename="werkplan.txt"):
    document = Document(title=title, collection=collection, uploaded_by_user=user)
    document.file = SimpleUploadedFile(filename, b"Inhoud van de bijlage")
    document.save()
    return document


def _attach(lesson, document, user):

    draft = CaseLessonPage.objects.get(pk=lesson.pk).get_latest_revision_as_object()
    draft.documents = [LessonDocument(document=document)]
    draft.save_revision(user=user)


def _publish(lesson, participant, editor):
    services.lesson_submit(lesson=lesson, user=participant)
    services.lesson_approve(lesson=lesson, user=editor)
    lesson = CaseLessonPage.objects.get(pk=lesson.pk)
    assert lesson.live
    return lesson


@pytest.mark.django_db
def test_migration_sets_up_collection_rights_and_restriction(collection):
    rights = set(
        GroupCollectionPermission.objects.filter(collection=collection).values_list(
            "group__name", "permission__codename"
        )
    )
    assert rights == {
        ("Deelnemer", "add_document"),
        ("Deelnemer", "choose_document"),
        ("Redactie", "add_document"),
        ("Redactie", "change_document"),
        ("Redactie", "choose_document"),
    }
    restriction = CollectionViewRestriction.objects.get(collection=collection)
    assert restriction.restriction_type == "groups"
    assert set(restriction.groups.values_list("name", flat=True)) == {
        "Deelnemer",
        "Facilitator",
        "Professional",
        "Redactie",
    }


@pytest.mark.django_db
def test_participant_uploads_and_chooses_in_the_chooser(client, participant, collection):
    client.force_login(participant)
    response = client.post(
        reverse("wagtaildocs_chooser:create"),
        {
            "document-chooser-upload-title": "Stappenplan huisbezoek",
            "document-chooser-upload-file": SimpleUploadedFile(
                "stappenplan.txt", b"Eerst bellen, dan langs."
            ),
            "document-chooser-upload-collection": str(collection.pk),
            "document-chooser-upload-tags": "",
        },
    )
    assert response.status_code == 200
    assert response.json()["step"] == "chosen"
    document = Document.objects.get(title="Stappenplan huisbezoek")
    assert document.collection == collection
    assert document.uploaded_by_user == participant

    listing = client.get(reverse("wagtaildocs_chooser:choose"))
    assert listing.status_code == 200
    assert "Stappenplan huisbezoek" in listing.content.decode()
    chosen = client.get(reverse("wagtaildocs_chooser:chosen", args=[document.pk]))
    assert chosen.status_code == 200
    assert chosen.json()["result"]["title"] == "Stappenplan huisbezoek"


@pytest.mark.django_db
def test_participant_uploads_in_the_document_admin(client, participant, collection):
    client.force_login(participant)
    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Overdrachtsformulier",
            "file": SimpleUploadedFile("overdracht.txt", b"Leeg formulier"),
            "collection": str(collection.pk),
            "tags": "",
        },
    )
    assert response.status_code == 302
    assert Document.objects.get(title="Overdrachtsformulier").collection == collection


@pytest.mark.django_db
def test_chooser_hides_other_participants_draft_attachments(
    client, make_lesson, participant, participant2, editor, collection
):
    _document(collection, participant, title="Bijlage bij mijn concept", filename="concept.txt")
    lesson = make_lesson()
    published = _document(
        collection, participant, title="Gepubliceerde bijlage", filename="gepubliceerd.txt"
    )
    _attach(lesson, published, participant)
    _publish(lesson, participant, editor)
    client.force_login(participant2)
    listing = client.get(reverse("wagtaildocs_chooser:choose"))
    assert listing.status_code == 200
    assert "Bijlage bij mijn concept" not in listing.content.decode()
    assert "Gepubliceerde bijlage" in listing.content.decode()
    client.force_login(editor)  # reviewers see every attachment
    assert (
        "Bijlage bij mijn concept"
        in client.get(reverse("wagtaildocs_chooser:choose")).content.decode()
    )


@pytest.mark.django_db
def test_download_rights(
    client, make_lesson, participant, participant2, editor, professional, outsider, collection
):
    live_lesson = make_lesson(title="Les met bijlage")
    published = _document(collection, participant, title="Werkplan", filename="werkplan.txt")
    _attach(live_lesson, published, participant)
    live_lesson = _publish(live_lesson, participant, editor)

    draft_lesson = make_lesson(title="Concept met bijlage")
    unreviewed = _document(collection, participant, title="Concept", filename="concept.txt")
    _attach(draft_lesson, unreviewed, participant)

    # Visitors are sent to log in, and get no file.
    response = client.get(published.url)
    assert response.status_code == 302
    assert "/account/inloggen/" in response["Location"]
    # A logged-in professional reads the lesson and downloads its attachment ...
    client.force_login(professional)
    response = client.get(published.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"Inhoud van de bijlage"
    page = client.get(live_lesson.url)
    assert published.url in page.content.decode()
    # ... but not the attachment of a draft nobody reviewed.
    assert client.get(unreviewed.url).status_code == 403
    # The uploader and the reviewers may; another participant may not.
    client.force_login(participant)
    assert client.get(unreviewed.url).status_code == 200
    client.force_login(editor)
    assert client.get(unreviewed.url).status_code == 200
    client.force_login(participant2)
    assert client.get(unreviewed.url).status_code == 403
    # An account without a platform role gets no file either.
    client.force_login(outsider)
    assert client.get(published.url).status_code in (302, 403)


@pytest.mark.django_db
def test_file_name_is_scanned_and_can_be_replaced(make_lesson, participant, collection):
    lesson = make_lesson()
    document = _document(
        collection, participant, title="Verslag", filename="verslag_mevrouw_Yilmaz.txt"
    )
    _attach(lesson, document, participant)
    draft = CaseLessonPage.objects.get(pk=lesson.pk).get_latest_revision_as_object()
    found = [f for f in open_findings(draft) if f.field == "documents"]
    assert [(f.path, f.label, f.text) for f in found] == [
        (f"documents/{document.pk}/bestandsnaam", "person", "Yilmaz")
    ]
    services.finding_replace(lesson=lesson, key=found[0].key, user=participant)
    document.refresh_from_db()
    assert "Yilmaz" not in document.filename
    assert document.filename.endswith(".txt")
    assert document.file.read() == b"Inhoud van de bijlage"
    draft = CaseLessonPage.objects.get(pk=lesson.pk).get_latest_revision_as_object()
    assert not [f for f in open_findings(draft) if f.field == "documents"]


def test_direct_serving_of_documents_is_flagged(settings):
    from pilot.lessons.checks import check_document_serve_method

    assert check_document_serve_method() == []
    settings.WAGTAILDOCS_SERVE_METHOD = "direct"
    assert [w.id for w in check_document_serve_method()] == ["lessons.W001"]


@pytest.mark.parametrize(
    ("stored", "scanned"),
    [
        ("werkplan_aB3xYz9.txt", "werkplan" + " " * 8 + ".txt"),  # storage suffix: blanked
        ("werkplan_BUbHoWC.pdf", "werkplan" + " " * 8 + ".pdf"),
        ("verslag_Jansens.pdf", "verslag Jansens.pdf"),  # reads as a name: still scanned
        ("bsn_123456782.pdf", "bsn 123456782.pdf"),
    ],
)
def test_file_names_are_scanned_without_the_storage_suffix(stored, scanned):
    from pilot.lessons.texts import FileNameUnit

    unit = FileNameUnit("documents/1/file", "documents", "bestandsnaam", stored)
    assert unit.text == scanned
    assert len(unit.text) == len(stored)  # offsets hold in the stored name
