"""The API's limiter for members: anonymous clients have their own, stricter limit (``anon``), by address."""

from __future__ import annotations

from rest_framework.throttling import UserRateThrottle


class MemberRateThrottle(UserRateThrottle):
    """``user`` rate, per account, for signed-in members only. DRF's UserRateThrottle also counts anonymous clients
    by address, under a looser rate than ``anon``'s: two more cache round trips on every anonymous request, for a
    limit that never applies first."""

    def get_cache_key(self, request, view):
        if not (request.user and request.user.is_authenticated):
            return None  # not throttled here: AnonRateThrottle is
        return super().get_cache_key(request, view)
