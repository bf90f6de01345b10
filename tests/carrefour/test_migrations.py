"""Every model change comes with its migration."""

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_no_missing_migrations():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


@pytest.mark.django_db(transaction=True)
def test_a_database_from_before_the_harvest_and_dedup_apps_migrates_without_loss():
    """A database migrated by the layout before search/ was split (HarvestRun, FetchState, SourceHealth and
    DuplicateCandidate in the search app) keeps every row, and the permissions follow the models."""
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    from initiatives.models import Initiative, Source
    from search.dedup.models import DuplicateCandidate
    from search.harvest.models import HarvestRun

    source = Source.objects.create(name="Avant", slug="avant", format="json_api")
    first = Initiative.objects.create(title="Un", slug="un")
    second = Initiative.objects.create(title="Deux", slug="deux")

    executor = MigrationExecutor(connection)
    executor.migrate([("harvest", None), ("dedup", None)])  # back to the old layout: search owns the tables
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO search_harvestrun (source_id, trigger, status, started_at, complete, pages_fetched, "
            "pages_unchanged, records_seen, created, updated, unchanged, failed, missing, hidden, source_total, errors, "
            "warnings, flagged_for_review, review_reason) VALUES (%s, 'schedule', 'success', now(), true, 1, 0, 4, 4, "
            "0, 0, 0, 0, 0, 4, '[]', %s, false, '') RETURNING id",
            [source.pk, '["Étiquettes sans correspondance : Bricolage (3), Automobile (1)", "Autre chose"]'],
        )
        run_id = cursor.fetchone()[0]
        cursor.execute(
            "INSERT INTO search_duplicatecandidate (initiative_a_id, initiative_b_id, score, components, status, "
            "created_at) VALUES (%s, %s, 0.6, '{}', 'rejected', now())", [first.pk, second.pk],
        )
    old_type = ContentType.objects.get_or_create(app_label="search", model="harvestrun")[0]
    permission = Permission.objects.get_or_create(content_type=old_type, codename="view_harvestrun",
                                                  defaults={"name": "Can view moissonnage"})[0]

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    ContentType.objects.clear_cache()

    run = HarvestRun.objects.get(pk=run_id)
    assert run.source_id == source.pk and run.records_seen == 4
    assert run.quality == {"unmapped_tags": {"Bricolage": 3, "Automobile": 1}}
    assert DuplicateCandidate.objects.get(initiative_a=first, initiative_b=second).status == "rejected"
    permission.refresh_from_db()
    assert (permission.content_type.app_label, permission.content_type.model) == ("harvest", "harvestrun")
    assert not ContentType.objects.filter(app_label="search", model__in=["harvestrun", "duplicatecandidate"]).exists()
