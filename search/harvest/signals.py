"""Signals of the harvest: other apps react to new data without the harvester knowing them."""

from django.dispatch import Signal

# Sent by the harvest service when a (non dry-run) harvest ends, with ``run`` (the HarvestRun) and
# ``new_records`` (it created records worth comparing with other sources'): the dedup pass and the
# communities' watched searches listen.
harvest_finished = Signal()
