"""The RSS feed of articles, served by ArticleIndexPage at ``flux/``."""

from __future__ import annotations

import datetime

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _


class ArticleFeed(Feed):
    feed_type = Rss201rev2Feed
    LIMIT = 30

    def __init__(self, index_page) -> None:
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self) -> str:
        return _("%(title)s – Carrefour des innovations sociales") % {"title": self.index_page.title}

    def link(self) -> str:
        return self.index_page.get_url(request=self.request)

    def description(self) -> str:
        return self.index_page.introduction or _("Les articles du Carrefour des innovations sociales.")

    def items(self):
        return self.index_page.articles()[: self.LIMIT]

    def item_title(self, item) -> str:
        return item.title

    def item_description(self, item) -> str:
        return item.chapo

    def item_link(self, item) -> str:
        return item.get_url(request=self.request)

    def item_pubdate(self, item) -> datetime.datetime:
        return datetime.datetime.combine(item.date, datetime.time(8), tzinfo=datetime.UTC)

    def item_categories(self, item) -> list[str]:
        return [tag.name for tag in item.tags.all()]
