"""The "Casuslessen" document collection: where participants attach documents to lessons.

Deelnemer may add and choose documents in it (and change their own uploads, as
Wagtail lets owners do); Redactie, who review lessons, may also change every
attachment (Wagtail reads document rights per collection, never from
`Group.permissions`). The collection's view restriction
lets only the platform roles download its files (visitors are sent to log in).
Which attachment a reader may download is narrowed further in
`pilot.lessons.access.guard_document_request`.
"""

from django.db import migrations

COLLECTION = "Casuslessen"
READER_GROUPS = ["Deelnemer", "Facilitator", "Professional", "Redactie"]
RIGHTS = {
    "Deelnemer": ["add_document", "choose_document"],
    "Redactie": ["add_document", "change_document", "choose_document"],
}
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # treebeard's, steplen 4
STEPLEN = 4


def _next_step(step: str) -> str:
    value = 0
    for char in step:
        value = value * len(ALPHABET) + ALPHABET.index(char)
    value += 1
    out = ""
    for _i in range(STEPLEN):
        value, rest = divmod(value, len(ALPHABET))
        out = ALPHABET[rest] + out
    return out


def _lesson_collection(apps):
    """The collection under the root, made by hand (historical models have no treebeard)."""
    Collection = apps.get_model("wagtailcore", "Collection")
    root = Collection.objects.filter(depth=1).order_by("path").first()
    if root is None:
        return None
    existing = Collection.objects.filter(depth=2, name=COLLECTION).first()
    if existing is not None:
        return existing
    last = (
        Collection.objects.filter(depth=2, path__startswith=root.path).order_by("-path").first()
    )
    step = _next_step(last.path[-STEPLEN:]) if last else "0001"
    collection = Collection.objects.create(
        name=COLLECTION, path=root.path + step, depth=2, numchild=0
    )
    Collection.objects.filter(pk=root.pk).update(numchild=root.numchild + 1)
    return collection


def create_collection(apps, schema_editor):
    from django.contrib.auth.management import create_permissions
    from django.contrib.contenttypes.management import create_contenttypes

    # On a fresh database permissions only appear after all migrations: make them now.
    docs_config = apps.get_app_config("wagtaildocs")
    docs_config.models_module = True
    create_contenttypes(docs_config, verbosity=0)
    create_permissions(docs_config, verbosity=0)
    docs_config.models_module = None

    collection = _lesson_collection(apps)
    if collection is None:
        return
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    CollectionViewRestriction = apps.get_model("wagtailcore", "CollectionViewRestriction")

    for name, codenames in RIGHTS.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        for codename in codenames:
            permission = Permission.objects.get(
                content_type__app_label="wagtaildocs", codename=codename
            )
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission
            )
    if not CollectionViewRestriction.objects.filter(collection=collection).exists():
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type="groups"
        )
        restriction.groups.set(Group.objects.filter(name__in=READER_GROUPS))


def remove_rights(apps, schema_editor):
    """The collection stays: deleting it would delete every attachment in it."""
    Collection = apps.get_model("wagtailcore", "Collection")
    collection = Collection.objects.filter(depth=2, name=COLLECTION).first()
    if collection is None:
        return
    for name, codenames in RIGHTS.items():
        apps.get_model("wagtailcore", "GroupCollectionPermission").objects.filter(
            collection=collection, group__name=name, permission__codename__in=codenames
        ).delete()
    apps.get_model("wagtailcore", "CollectionViewRestriction").objects.filter(
        collection=collection
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("lessons", "0002_case_lessons"),
        ("pilot", "0002_groups"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_collection, remove_rights)]
