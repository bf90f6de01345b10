"""The lexicon's version (search/lexicon.py): a row given a new value from a sequence by a trigger whenever words of
search_searchterm change, so that every process knows when its copy of the words is out of date, whoever wrote them."""

from django.db import migrations, models

from search.sql import RunSqlFile


class Migration(migrations.Migration):

    dependencies = [
        ("search", "0019_searchterm_trigrams_in_memory"),
    ]

    operations = [
        migrations.CreateModel(
            name="LexiconVersion",
            fields=[
                ("id", models.PositiveSmallIntegerField(default=1, primary_key=True, serialize=False)),
                ("version", models.BigIntegerField(default=0)),
            ],
        ),
        migrations.RunSQL(
            "CREATE SEQUENCE search_lexicon_version_seq; "
            "INSERT INTO search_lexiconversion (id, version) VALUES (1, nextval('search_lexicon_version_seq'));",
            # Backwards: the triggers and their function go with the table they write.
            "".join(f"DROP TRIGGER IF EXISTS search_lexicon_changed_{event} ON search_searchterm; "
                    for event in ("insert", "update", "delete", "truncate"))
            + "DROP FUNCTION IF EXISTS search_lexicon_changed(); DROP SEQUENCE search_lexicon_version_seq;",
        ),
        RunSqlFile("search_lexicon_changed", "734321488c3132c5"),
    ]
