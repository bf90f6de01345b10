"""Rendering of member-written text: plain text with light formatting, always sanitised."""

import re

import nh3
from django import template
from django.utils.html import escape, urlize
from django.utils.safestring import mark_safe

register = template.Library()

_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_ITALIC = re.compile(r"(?<!\*)\*(?=\S)(.+?)(?<=\S)\*(?!\*)")
ALLOWED_TAGS = {"p", "br", "strong", "em", "a"}


@register.filter
def light_format(text: str) -> str:
    """**gras**, *italique*, links and paragraphs; the text is escaped first and the result sanitised by nh3."""
    html = escape(text or "")
    html = _BOLD.sub(r"<strong>\1</strong>", html)
    html = _ITALIC.sub(r"<em>\1</em>", html)
    html = urlize(html, nofollow=True, autoescape=False)
    paragraphs = [p.replace("\n", "<br>") for p in re.split(r"\n\s*\n", html.strip()) if p.strip()]
    html = "".join(f"<p>{p}</p>" for p in paragraphs)
    cleaned = nh3.clean(html, tags=ALLOWED_TAGS, attributes={"a": {"href"}}, link_rel="nofollow noopener ugc",
                        url_schemes={"http", "https", "mailto"})
    return mark_safe(cleaned)  # noqa: S308 - escaped, then sanitised by nh3


@register.simple_tag(takes_context=True)
def community_perm(context, perm: str, community) -> bool:
    request = context.get("request")
    return bool(request and request.user.has_perm(f"communities.{perm}", community))
