"""Carrefour's public read-only REST API for initiatives, themes and territories (DRF, documented by drf-spectacular)."""
