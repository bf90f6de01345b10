import json

from django import template
from django.utils.safestring import mark_safe

from initiatives.html import sanitize_html

register = template.Library()

_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def sanitized(value: str) -> str:
    """Stored HTML is already sanitised; rendering sanitises again so an admin edit can never inject a script."""
    return mark_safe(sanitize_html(value or ""))  # noqa: S308 - nh3 output is safe by construction


@register.simple_tag
def json_ld(data: dict) -> str:
    """A schema.org JSON-LD block, escaped so that no value can close the script element."""
    payload = json.dumps(data, ensure_ascii=False).translate(_JSON_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308
