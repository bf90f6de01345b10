"""The thesaurus's starting list, and the right to edit it for the editors' and moderators' groups.

Field vocabulary from public sources (the acronyms of the social and solidarity economy, of social policy and of
the Carrefour taxonomy's domains), one group per line of meaning; editors extend it in the admin. Only expressions
that mean the same thing in a search are grouped (covoiturage and autopartage are not).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = [
    ["ESS", "économie sociale et solidaire"],
    ["IAE", "insertion par l'activité économique"],
    ["SIAE", "structure d'insertion par l'activité économique"],
    ["ACI", "atelier chantier d'insertion", "chantier d'insertion"],
    ["EHPAD", "établissement d'hébergement pour personnes âgées dépendantes", "maison de retraite"],
    ["QPV", "quartier prioritaire", "quartier politique de la ville", "quartier prioritaire de la politique de la ville"],
    ["tiers-lieu", "tiers lieu", "third place", "third-place"],
    ["vélo", "bicyclette"],
    ["recyclerie", "ressourcerie"],
    ["épicerie sociale", "épicerie solidaire"],
    ["MSP", "maison de santé pluriprofessionnelle", "maison de santé pluri-professionnelle", "pôle de santé"],
    ["AMAP", "association pour le maintien d'une agriculture paysanne"],
    ["CCAS", "centre communal d'action sociale"],
    ["CIAS", "centre intercommunal d'action sociale"],
    ["EPCI", "intercommunalité", "établissement public de coopération intercommunale"],
    ["SCIC", "société coopérative d'intérêt collectif"],
    ["SCOP", "société coopérative et participative", "société coopérative de production"],
    ["CAE", "coopérative d'activité et d'emploi"],
    ["PTCE", "pôle territorial de coopération économique"],
    ["EA", "entreprise adaptée"],
    ["ESAT", "établissement et service d'aide par le travail"],
    ["France services", "maison France services", "maison de services au public", "MSAP"],
    ["repair café", "repair cafe", "café réparation"],
    ["aide aux devoirs", "accompagnement scolaire", "soutien scolaire"],
    ["personnes âgées", "seniors", "aînés"],
    ["jardin partagé", "jardin collectif", "jardin communautaire"],
    ["circuit court", "vente directe"],
    ["illectronisme", "exclusion numérique"],
    ["covoiturage", "co-voiturage"],
    ["autopartage", "auto-partage", "voiture partagée"],
    ["habitat inclusif", "habitat partagé"],
    ["TZCLD", "territoire zéro chômeur de longue durée", "territoires zéro chômeur"],
    ["ZRR", "zone de revitalisation rurale"],
    ["RSA", "revenu de solidarité active"],
    ["PMR", "personne à mobilité réduite", "personnes à mobilité réduite"],
    ["MJC", "maison des jeunes et de la culture"],
    ["FabLab", "fab lab", "atelier de fabrication numérique"],
]
EDITORS = ["Éditeurs", "Modérateurs"]


def seed(apps, schema_editor):
    SynonymGroup = apps.get_model("search", "SynonymGroup")
    if not SynonymGroup.objects.exists():
        SynonymGroup.objects.bulk_create([SynonymGroup(expressions="\n".join(group)) for group in GROUPS])
    app_config = apps.get_app_config("search")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="search", content_type__model="synonymgroup")
    for group in Group.objects.filter(name__in=EDITORS):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0014_synonym_group"),
        ("initiatives", "0004_editor_groups"),
    ]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
