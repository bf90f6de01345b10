"""The "Éditeurs" and "Modérateurs" groups: they reach the Wagtail admin and edit the referential."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITABLE = ["initiative", "porteur", "source", "theme", "themecrosswalk", "prize", "prizeedition", "distinction"]
# Wagtail's own migrations create "Editors" and "Moderators" with page permissions: they are renamed, not doubled.
GROUPS = {"Éditeurs": "Editors", "Modérateurs": "Moderators"}


def create_groups(apps, schema_editor):
    # Permissions are normally created after all migrations; create them now so the groups can hold them.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = list(
        Permission.objects.filter(content_type__app_label="initiatives", content_type__model__in=EDITABLE)
    ) + list(Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin"))
    for name, wagtail_name in GROUPS.items():
        if not Group.objects.filter(name=name).exists():
            Group.objects.filter(name=wagtail_name).update(name=name)
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("initiatives", "0003_seed_themes"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0002_initial_data"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]
    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
