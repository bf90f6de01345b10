"""Reads on communities."""

from __future__ import annotations


def community_count_public() -> int:
    return 0


def community_list_to_join(*, limit: int) -> list:
    return []
