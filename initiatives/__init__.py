"""Canonical initiative records: Initiative, Porteur, Theme, Territory, Source, Distinction."""
