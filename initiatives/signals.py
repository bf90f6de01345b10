"""Signals sent after an initiative is merged into another or split in two.

Apps whose models point at :class:`~initiatives.models.Initiative` (community items, editorial features…)
listen to them and re-point their rows. ``initiative_merge`` and ``initiative_split`` (initiatives/merging.py)
send them at the end of the operation, with fully saved instances, *inside* its transaction: a receiver that
fails rolls the whole merge or split back, so rows are never left pointing at the wrong initiative.

``initiatives_merged(sender, kept, merged, user)``
    ``merged`` (now ``visibility="merged"``, ``merged_into=kept``) was folded into ``kept``. Move every row that
    pointed at ``merged`` to ``kept`` (or drop it if ``kept`` already has an equivalent one).

``initiative_split(sender, original, new, records, user)``
    ``records`` (SourceRecords) were taken out of ``original`` into the new initiative ``new``. Rows that came
    with those records (for instance a distinction given by their source) should follow; editorial rows
    usually stay on ``original``.

Example, in a later app's ``apps.py`` ``ready()``::

    from initiatives.signals import initiatives_merged

    @receiver(initiatives_merged)
    def repoint_items(sender, kept, merged, **kwargs):
        CommunityItem.objects.filter(initiative=merged).update(initiative=kept)
"""

from __future__ import annotations

from django.dispatch import Signal

initiatives_merged = Signal()
initiative_split = Signal()
