# Corrections compare trigrams in memory (search/lexicon.py): the index is no longer read.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('search', '0018_searchterm_gin'),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name='searchterm',
            name='searchterm_key_trgm_gin',
        ),
    ]
