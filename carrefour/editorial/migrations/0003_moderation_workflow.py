"""Editors write and submit featured innovations; moderators approve and publish them, through one workflow.

Pages already go through Wagtail's default "Moderators approval" workflow (its group was renamed
"Modérateurs" by initiatives 0004); this migration gives it a French name and extends it to featured
innovations, which are snippets with drafts and revisions.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

WORKFLOW_NAME = "Relecture par les modérateurs"
EDITOR_PERMS = ["add_featuredinitiative", "change_featuredinitiative", "delete_featuredinitiative"]
MODERATOR_PERMS = EDITOR_PERMS + ["publish_featuredinitiative", "lock_featuredinitiative", "unlock_featuredinitiative"]


def setup(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Page = apps.get_model("wagtailcore", "Page")

    featured_type, _ = ContentType.objects.get_or_create(app_label="editorial", model="featuredinitiative")
    # Wagtail creates the publish/lock/unlock permissions of snippets after migrate: too late for the groups.
    for action in ("publish", "lock", "unlock"):
        Permission.objects.get_or_create(
            content_type=featured_type, codename=f"{action}_featuredinitiative",
            defaults={"name": f"Can {action} featured initiative"},
        )
    for group_name, codenames in (("Éditeurs", EDITOR_PERMS), ("Modérateurs", MODERATOR_PERMS)):
        group, _ = Group.objects.get_or_create(name=group_name)
        group.permissions.add(*Permission.objects.filter(content_type=featured_type, codename__in=codenames))

    workflow = Workflow.objects.filter(name__in=["Moderators approval", WORKFLOW_NAME]).first()
    if workflow is None:
        task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
        task = GroupApprovalTask.objects.create(name="Approbation des modérateurs", content_type=task_type, active=True)
        task.groups.add(Group.objects.get(name="Modérateurs"))
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        root = Page.objects.filter(depth=1).first()
        if root is not None:
            WorkflowPage.objects.get_or_create(page=root, defaults={"workflow": workflow})
    workflow.name = WORKFLOW_NAME
    workflow.save(update_fields=["name"])
    GroupApprovalTask.objects.filter(name="Moderators approval").update(name="Approbation des modérateurs")
    WorkflowContentType.objects.update_or_create(content_type=featured_type, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0002_editorial_pages"),
        ("initiatives", "0004_editor_groups"),
        ("wagtailcore", "0098_apitoken"),
    ]
    operations = [migrations.RunPython(setup, migrations.RunPython.noop)]
