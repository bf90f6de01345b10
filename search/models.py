"""The search lexicon (suggestions and "Vouliez-vous dire…")."""

from __future__ import annotations

from django.contrib.postgres.indexes import GinIndex
from django.db import models


class SearchTerm(models.Model):
    """The lexicon of indexed words, for "Vouliez-vous dire…" hints and search-as-you-type (trigram indexed)."""

    word = models.CharField(max_length=100, primary_key=True)  # as written, lower-case, accents kept
    key = models.CharField(max_length=100, db_index=True)  # unaccented, what lookups compare
    frequency = models.PositiveIntegerField(default=0)  # number of initiatives using it

    class Meta:
        indexes = [
            GinIndex(fields=["key"], name="searchterm_key_trgm", opclasses=["gin_trgm_ops"]),
            models.Index(fields=["key"], name="searchterm_key_prefix", opclasses=["varchar_pattern_ops"]),
        ]

    def __str__(self) -> str:
        return self.word
