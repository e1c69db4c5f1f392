"""Facilitators and editors can upload and choose documents and images (session material)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection

Document = get_document_model()


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["facilitator", "editor"])
def test_staff_roles_upload_and_choose_documents_in_the_root_collection(client, request, who):
    user = request.getfixturevalue(who)
    client.force_login(user)
    root = Collection.get_first_root_node()
    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Programma expertbijeenkomst",
            "file": SimpleUploadedFile("programma.txt", b"Agenda"),
            "collection": root.pk,
        },
    )
    assert response.status_code == 302, response.content[:500]
    document = Document.objects.get(title="Programma expertbijeenkomst")
    assert document.collection_id == root.pk
    chooser = client.get(reverse("wagtaildocs_chooser:choose"))
    assert chooser.status_code == 200
    assert "Programma expertbijeenkomst" in chooser.content.decode()


@pytest.mark.django_db
def test_participants_cannot_upload_outside_the_lesson_collection(client, participant):
    client.force_login(participant)
    root = Collection.get_first_root_node()
    client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Buiten de lescollectie",
            "file": SimpleUploadedFile("x.txt", b"x"),
            "collection": root.pk,
        },
    )
    assert not Document.objects.filter(title="Buiten de lescollectie", collection=root).exists()
