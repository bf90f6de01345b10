"""The serving process's garbage-collector settings (carrefour/memory.py), applied by carrefour/wsgi.py."""

import os
import subprocess
import sys
from pathlib import Path

from carrefour.memory import THRESHOLDS

PROJECT_DIR = Path(__file__).resolve().parents[2]


def test_the_wsgi_module_freezes_start_up_objects_and_raises_the_thresholds():
    # In a child process: freezing is process-wide, and the test process must keep its own collector.
    script = ("import gc, carrefour.wsgi; print(gc.get_threshold()); print(gc.get_freeze_count()); "
              "from django.urls import get_resolver; print(len(get_resolver().url_patterns))")
    out = subprocess.run([sys.executable, "-c", script], cwd=PROJECT_DIR, capture_output=True, text=True, check=True,
                         env={**os.environ, "DJANGO_SETTINGS_MODULE": "carrefour.settings.test"})
    thresholds, frozen, patterns = out.stdout.split("\n")[:3]
    assert thresholds == str(THRESHOLDS)
    assert int(frozen) > 100_000  # Django, Wagtail and every view module, loaded before freezing
    assert int(patterns) > 10
