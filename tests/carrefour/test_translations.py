"""The English catalogue is complete and its compiled .mo matches the .po."""

import gettext
import re
from pathlib import Path

import polib

LOCALE = Path(__file__).resolve().parents[2] / "locale" / "en" / "LC_MESSAGES"


def test_every_message_has_an_english_translation():
    po = polib.pofile(str(LOCALE / "django.po"))
    assert po.untranslated_entries() == []
    assert po.fuzzy_entries() == []


def test_compiled_catalogue_is_up_to_date():
    po = polib.pofile(str(LOCALE / "django.po"))
    with open(LOCALE / "django.mo", "rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for entry in po.translated_entries():
        if entry.msgid_plural and entry.msgctxt:
            translated = compiled.npgettext(entry.msgctxt, entry.msgid, entry.msgid_plural, 2)
            assert translated == entry.msgstr_plural[1], entry.msgid
        elif entry.msgid_plural:
            assert compiled.ngettext(entry.msgid, entry.msgid_plural, 2) == entry.msgstr_plural[1], entry.msgid
        elif entry.msgctxt:
            assert compiled.pgettext(entry.msgctxt, entry.msgid) == entry.msgstr, entry.msgid
        else:
            assert compiled.gettext(entry.msgid) == entry.msgstr, entry.msgid


FRENCH = LOCALE.parents[1] / "fr" / "LC_MESSAGES"


def test_french_zero_takes_the_singular():
    """French is the source language, but gettext picks plural forms it has no catalogue for by the English rule
    ("0 initiatives"): the French catalogue carries every plural entry with the French rule (n > 1)."""
    from django.utils import translation
    from django.utils.translation import ngettext

    with translation.override("fr"):
        for count, expected in ((0, "0 initiative rassemblée"), (1, "1 initiative rassemblée"),
                                (2, "2 initiatives rassemblées")):
            text = ngettext("%(counter)s initiative rassemblée", "%(counter)s initiatives rassemblées", count)
            assert text % {"counter": count} == expected


def test_the_french_catalogue_holds_every_plural_entry_of_the_english_one():
    english = {entry.msgid for entry in polib.pofile(str(LOCALE / "django.po")) if entry.msgid_plural}
    french = polib.pofile(str(FRENCH / "django.po"))
    assert french.metadata["Plural-Forms"].replace(" ", "") == "nplurals=2;plural=(n>1);"
    assert english <= {entry.msgid for entry in french if entry.msgid_plural and entry.translated()}


PROJECT = LOCALE.parents[2]
TEMPLATE_LITERAL = re.compile(r"""\{%\s*(?:translate|trans)\s+(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')""")
PYTHON_LITERAL = re.compile(r"""\b(?:_|gettext|gettext_lazy)\(\s*"((?:[^"\\]|\\.)*)"\s*\)""")


def _sources():
    for folder in ("templates", "carrefour", "communities", "initiatives", "search"):
        for path in (PROJECT / folder).rglob("*"):
            if path.suffix in (".html", ".txt", ".py") and "migrations" not in path.parts:
                yield path


def test_every_literal_interface_string_is_in_the_catalogue():
    """A string added to a template or a view without `makemessages` shows in French on the English site: every
    literal {% translate "…" %} and _("…") of the project is in the English catalogue (the run that found this
    test's first failures: « Filtrer », « Voir les résultats » on the phone search)."""
    catalogue = {entry.msgid for entry in polib.pofile(str(LOCALE / "django.po")) if not entry.msgctxt}
    missing = set()
    for path in _sources():
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".py":
            found = [match.group(1) for match in PYTHON_LITERAL.finditer(text)]
        else:
            found = [match.group(1) or match.group(2) for match in TEMPLATE_LITERAL.finditer(text)]
        missing |= {(path.relative_to(PROJECT).as_posix(), msgid.replace('\\"', '"')) for msgid in found
                    if msgid.replace('\\"', '"').replace("\\'", "'") not in catalogue}
    assert not missing, sorted(missing)
