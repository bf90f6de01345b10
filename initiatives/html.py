"""HTML sanitising: the one allow-list used before storing harvested HTML and again when rendering it."""

from __future__ import annotations

import html as html_module

import nh3

ALLOWED_TAGS = {
    "p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "blockquote", "h2", "h3", "h4", "a", "abbr",
    "cite", "code", "pre", "sub", "sup", "hr", "table", "thead", "tbody", "tr", "th", "td", "figure", "figcaption",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title", "hreflang"}, "abbr": {"title"}, "th": {"scope"}, "td": {"colspan"}}
# No javascript:, data:, vbscript: or relative-protocol tricks: only these schemes survive in links.
ALLOWED_URL_SCHEMES = {"http", "https", "mailto", "tel"}


def sanitize_html(html: str) -> str:
    """Keep formatting and safe links; drop scripts, styles, event handlers and unsafe URLs (with their content)."""
    if not html:
        return ""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        clean_content_tags={"script", "style", "iframe", "object", "embed", "noscript", "template"},
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    ).strip()


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment: tags dropped (scripts and styles with their content), entities decoded,
    whitespace collapsed. The one HTML-to-text helper: summaries, normalisation and connectors' ``text`` transform."""
    if not html:
        return ""
    text = nh3.clean(html.replace("</p>", "</p> ").replace("<br", " <br"), tags=set(), clean_content_tags={"script", "style"})
    return " ".join(html_module.unescape(text).split())
