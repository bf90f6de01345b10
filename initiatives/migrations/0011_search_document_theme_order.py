"""The search document lists an initiative's themes in a fixed order (by code).

``string_agg`` without ORDER BY followed the plan's join order, so two writes of the same initiative could give its
theme names different positions (the batch writer and the one-by-one upsert disagreed once the theme table had been
reloaded). Existing documents keep their order until their next write; only positions differ, never words.
"""

import importlib

from django.db import migrations

previous = importlib.import_module("initiatives.migrations.0006_search_triggers")
FUNCTION = previous.DOCUMENT.split("$$;")[0] + "$$;"  # CREATE OR REPLACE FUNCTION initiative_search_document
UNORDERED = "(SELECT string_agg(concat_ws(' ', theme.name, parent.name), ' ')"
ORDERED = "(SELECT string_agg(concat_ws(' ', theme.name, parent.name), ' ' ORDER BY theme.code)"
assert "FUNCTION initiative_search_document(" in FUNCTION and UNORDERED in FUNCTION


class Migration(migrations.Migration):
    dependencies = [("initiatives", "0010_sourcerecord_fields_db_default")]

    operations = [migrations.RunSQL(FUNCTION.replace(UNORDERED, ORDERED), FUNCTION)]
