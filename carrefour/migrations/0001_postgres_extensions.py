"""PostgreSQL extensions and the French full-text configuration that search relies on."""

from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations

FRENCH_UNACCENT = """
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'french_unaccent') THEN
        CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = french);
        ALTER TEXT SEARCH CONFIGURATION french_unaccent
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
    END IF;
END
$$;
-- unaccent() is only STABLE (it depends on search_path); this wrapper pins the dictionary so it can be indexed.
CREATE OR REPLACE FUNCTION immutable_unaccent(text) RETURNS text
    AS $func$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $func$
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT;
"""

DROP = """
DROP FUNCTION IF EXISTS immutable_unaccent(text);
DROP TEXT SEARCH CONFIGURATION IF EXISTS french_unaccent;
"""


class Migration(migrations.Migration):
    initial = True
    dependencies = []

    operations = [
        UnaccentExtension(),
        TrigramExtension(),
        migrations.RunSQL(FRENCH_UNACCENT, DROP),
    ]
