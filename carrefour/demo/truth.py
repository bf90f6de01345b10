"""The dedup truth: for every item each demo platform publishes, the world initiative it describes.

``python -m carrefour.demo.truth`` rewrites data/truth.json; a test checks the stored file is up to date.
Keys and URLs keep a ``{base}`` placeholder for the demo server's base URL.
"""

from __future__ import annotations

import json
from collections import Counter

from carrefour.demo.placement import SLOW_PLATFORM, VERSIONED_PLATFORMS
from carrefour.demo.platforms import PLATFORMS, build_sites
from carrefour.demo.world import DATA_DIR, build_world

TRUTH_PATH = DATA_DIR / "truth.json"
BASE_PLACEHOLDER = "{base}"


def build_truth() -> dict:
    versions: dict[str, dict] = {}
    for version in (1, 2):
        sites = build_sites(BASE_PLACEHOLDER, version)
        slugs = [p.slug for p in PLATFORMS] if version == 1 else list(VERSIONED_PLATFORMS)
        versions[str(version)] = {
            slug: [
                {"key": item.key, "url": item.url, "world_id": item.world_id, "title": item.title}
                for item in sites[slug].items
            ]
            for slug in slugs
        }
    platforms_of: dict[str, set[str]] = {}
    for slug, items in versions["1"].items():
        for item in items:
            platforms_of.setdefault(item["world_id"], set()).add(slug)
    harvestable = {wid: slugs - {SLOW_PLATFORM} for wid, slugs in platforms_of.items()}
    return {
        "_about": "For each demo platform item (version 1; version 2 lists only the platforms that change), the id "
        "of the world initiative it describes. '{base}' stands for the demo server's base URL.",
        "world_size": len(build_world()),
        "summary": {
            "items": {slug: len(items) for slug, items in versions["1"].items()},
            "distinct_world_ids": len(platforms_of),
            "on_two_or_more_harvestable_platforms": sum(1 for s in harvestable.values() if len(s) >= 2),
            "platform_count_histogram": {
                str(k): v for k, v in sorted(Counter(len(s) for s in platforms_of.values()).items())
            },
        },
        "versions": versions,
    }


def write_truth() -> None:
    TRUTH_PATH.write_text(
        json.dumps(build_truth(), ensure_ascii=False, indent=None, separators=(",", ":")).replace(
            '},{"key"', '},\n{"key"'
        )
        + "\n",
        encoding="utf-8",
    )


def load_truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


if __name__ == "__main__":
    write_truth()
    print(f"wrote {TRUTH_PATH}")
