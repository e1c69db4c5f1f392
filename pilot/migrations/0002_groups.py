"""Create the four role groups with their admin and page permissions."""

from django.db import migrations

GROUPS = {
    # name: (model permissions as "app_label.codename", page permissions on the root page)
    "Deelnemer": (["wagtailadmin.access_admin"], []),
    "Facilitator": (
        [
            "wagtailadmin.access_admin",
            "pilot.add_team",
            "pilot.change_team",
            "pilot.add_neighbourhood",
            "pilot.change_neighbourhood",
            "pilot.add_role",
            "pilot.change_role",
            "pilot.add_district",
            "pilot.change_district",
            "pilot.add_neighbourhoodtype",
            "pilot.change_neighbourhoodtype",
            "pilot.add_participant",
            "pilot.change_participant",
            "pilot.view_participant",
            "wagtaildocs.add_document",
            "wagtaildocs.change_document",
            "wagtaildocs.choose_document",
            "wagtailimages.add_image",
            "wagtailimages.change_image",
            "wagtailimages.choose_image",
        ],
        ["add_page", "change_page", "publish_page"],
    ),
    "Professional": ([], []),
    "Redactie": (
        [
            "wagtailadmin.access_admin",
            "pilot.add_team",
            "pilot.change_team",
            "pilot.view_participant",
            "wagtaildocs.add_document",
            "wagtaildocs.change_document",
            "wagtaildocs.choose_document",
            "wagtailimages.add_image",
            "wagtailimages.change_image",
            "wagtailimages.choose_image",
        ],
        ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    ),
}


def create_groups(apps, schema_editor):
    from django.contrib.auth.management import create_permissions
    from django.contrib.contenttypes.management import create_contenttypes

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_contenttypes(app_config, verbosity=0)
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    root = Page.objects.filter(depth=1).first()
    for name, (model_perms, page_perms) in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for dotted in model_perms:
            app_label, codename = dotted.split(".")
            perm = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if perm:
                group.permissions.add(perm)
        if root is None:
            continue
        for codename in page_perms:
            perm = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=perm)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=list(GROUPS)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("pilot", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0001_initial"),
        ("wagtailimages", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    run_before: list = []

    operations = [migrations.RunPython(create_groups, remove_groups)]
