"""Editorial layer: the Wagtail page tree that editors curate (home page, articles, prizes)."""
