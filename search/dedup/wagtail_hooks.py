"""Deduplication screens in the Wagtail admin: the editors' duplicate queue, the split action, the quality report."""

from wagtail import hooks

from search.dedup import admin_views

hooks.register("register_admin_urls", admin_views.register_urls)
hooks.register("register_admin_menu_item", admin_views.queue_menu_item)
hooks.register("register_admin_menu_item", admin_views.quality_menu_item)
hooks.register("register_snippet_listing_buttons", admin_views.initiative_listing_buttons)
