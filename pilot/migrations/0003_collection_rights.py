"""Facilitator and Redactie may upload and choose documents and images in every collection.

Wagtail reads document and image rights per collection (GroupCollectionPermission)
and ignores the model permissions 0002 gave these groups, so without this they
could not attach session material or images at all. Granted on the root
collection, so they hold in every collection below it.
"""

from django.db import migrations

RIGHTS = {
    "Facilitator": {
        "wagtaildocs": ["add_document", "change_document", "choose_document"],
        "wagtailimages": ["add_image", "change_image", "choose_image"],
    },
    "Redactie": {
        "wagtaildocs": ["add_document", "change_document", "choose_document"],
        "wagtailimages": ["add_image", "change_image", "choose_image"],
    },
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = Collection.objects.filter(depth=1).order_by("path").first()
    if root is None:
        return
    for name, by_app in RIGHTS.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        for app_label, codenames in by_app.items():
            for perm in Permission.objects.filter(
                content_type__app_label=app_label, codename__in=codenames
            ):
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root, permission=perm
                )


def revoke(apps, schema_editor):
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    for name, by_app in RIGHTS.items():
        for app_label, codenames in by_app.items():
            GroupCollectionPermission.objects.filter(
                group__name=name,
                collection__depth=1,
                permission__content_type__app_label=app_label,
                permission__codename__in=codenames,
            ).delete()


class Migration(migrations.Migration):
    # after Wagtail's own migrations that copy choose rights to collections
    dependencies = [
        ("pilot", "0002_groups"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
