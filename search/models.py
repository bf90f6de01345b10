"""The search lexicon (suggestions and "Vouliez-vous dire…")."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from initiatives.text import text_key


class SearchTerm(models.Model):
    """The lexicon of indexed words, for "Vouliez-vous dire…" hints and search-as-you-type. Corrections compare
    trigrams in memory (search/lexicon.py); suggestions read the words by prefix."""

    word = models.CharField(max_length=100, primary_key=True)  # as written, lower-case, accents kept
    key = models.CharField(max_length=100, db_index=True)  # unaccented, what lookups compare
    frequency = models.PositiveIntegerField(default=0)  # number of initiatives using it

    class Meta:
        indexes = [
            models.Index(fields=["key"], name="searchterm_key_prefix", opclasses=["varchar_pattern_ops"]),
        ]

    def __str__(self) -> str:
        return self.word


class LexiconVersion(models.Model):
    """One row: the lexicon's version, given anew by the database whenever a statement changes words of SearchTerm
    (search/sql/search_lexicon_changed.sql). A process keeps its copy of the words while it is the same."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    version = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return str(self.version)


class SynonymGroup(models.Model):
    """Expressions that mean the same thing in a search (« ESS » / « économie sociale et solidaire »): a query holding
    one finds the initiatives that write any of them. Applied when a query is read (search/thesaurus.py), so an edit
    takes effect without reindexing; editors maintain the list in the admin (« Synonymes de la recherche »)."""

    expressions = models.TextField(
        _("expressions"),
        help_text=_("Une expression par ligne, au moins deux : sigle, mot ou groupe de mots, avec ou sans accents "
                    "(« QPV », « quartier prioritaire »)."),
    )
    note = models.CharField(_("remarque"), max_length=200, blank=True)
    enabled = models.BooleanField(_("active"), default=True)
    updated_at = models.DateTimeField(_("modifié le"), auto_now=True)

    class Meta:
        verbose_name = _("groupe de synonymes")
        verbose_name_plural = _("synonymes de la recherche")
        ordering = ["expressions"]

    def __str__(self) -> str:
        return " / ".join(self.expression_list())

    def expression_list(self) -> list[str]:
        return [line.strip() for line in self.expressions.splitlines() if line.strip()]

    def clean(self) -> None:
        expressions = self.expression_list()
        keys = [text_key(expression) for expression in expressions]
        if len(set(filter(None, keys))) < 2:
            raise ValidationError({"expressions": _("Il faut au moins deux expressions différentes, une par ligne.")})
        if any(not key for key in keys):
            raise ValidationError({"expressions": _("Chaque ligne doit contenir au moins un mot.")})
