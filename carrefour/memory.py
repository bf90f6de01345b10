"""Garbage-collector settings for serving processes (gunicorn workers, see carrefour/wsgi.py).

Once loaded, Django, Wagtail and their dependencies hold about 280,000 objects that live as long as the process.
With CPython's default thresholds a full collection walks them all (150-250 ms on a 2-core machine) and runs every
ten or so search requests, each of which allocates tens of thousands of objects: the slowest 5 % of requests were
the collector, not the search. ``settle()`` moves what exists after start-up out of the collector's reach
(``gc.freeze``) and makes young-generation collections rarer. Memory cycles are still collected.
"""

from __future__ import annotations

import gc

THRESHOLDS = (10_000, 20, 100)  # CPython's defaults: (700, 10, 10)


def settle() -> None:
    """Load what Django loads lazily, collect once, then freeze the survivors and raise the thresholds."""
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 - imports every view module now rather than during a request
    gc.collect()
    gc.freeze()
    gc.set_threshold(*THRESHOLDS)
