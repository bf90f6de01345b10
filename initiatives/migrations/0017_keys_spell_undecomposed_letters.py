"""Stored keys computed before initiatives.text spelt out the letters Unicode does not decompose (œ, æ, ß, ø, ł…):
« Vœuil-et-Giget » was keyed « v uil et giget », so « Voeuil-et-Giget » found nothing. Only rows holding such a
letter change. A crosswalk tag whose new key is already another tag of its source (« Sœurs » and « Soeurs ») is one
tag: its themes join the other's entry, which answers for both, and it goes."""

from django.db import migrations


def _affected(model, field):
    from initiatives.text import _UNDECOMPOSED

    letters = "".join(chr(code) for code in _UNDECOMPOSED)
    return model.objects.filter(**{f"{field}__regex": f"[{letters}]"})


def rekey(apps, schema_editor):
    from initiatives.text import place_key, text_key

    for name in ("Commune", "FormerCommune"):
        model = apps.get_model("initiatives", name)
        for place in _affected(model, "name"):
            place.search_name = place_key(place.name)
            place.save(update_fields=["search_name"])
    Porteur = apps.get_model("initiatives", "Porteur")
    for porteur in _affected(Porteur, "name"):
        porteur.name_key = text_key(porteur.name)
        porteur.save(update_fields=["name_key"])
    ThemeCrosswalk = apps.get_model("initiatives", "ThemeCrosswalk")
    for entry in _affected(ThemeCrosswalk, "tag"):
        key = text_key(entry.tag)
        same = ThemeCrosswalk.objects.filter(source_id=entry.source_id, tag_key=key).exclude(pk=entry.pk).first()
        if same is None:
            entry.tag_key = key
            entry.save(update_fields=["tag_key"])
        else:
            same.themes.add(*entry.themes.all())
            entry.delete()


class Migration(migrations.Migration):

    dependencies = [
        ("initiatives", "0016_correction_report"),
    ]

    operations = [
        migrations.RunPython(rekey, migrations.RunPython.noop),
    ]
