"""Search pieces that other apps' pages show: « Initiatives similaires » on an initiative's page."""

from django import template

from search.similar import similar_initiatives as find_similar

register = template.Library()


@register.inclusion_tag("search/_similar.html")
def similar_initiatives(initiative):
    similar = find_similar(initiative)
    return {"initiative": initiative, "elsewhere": similar.elsewhere, "nearby": similar.nearby}
