"""The one Celery app: settings under the CELERY namespace, tasks discovered in every installed app."""

import os

from celery import Celery
from celery.signals import celeryd_init
from kombu.messaging import Producer
from kombu.utils.functional import ChannelPromise

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "carrefour.settings.local")

app = Celery("carrefour")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

# How long a worker waits for the broker when it publishes a follow-up task (the dedup pass after a harvest,
# watched searches): 0 + 1 + 2 + 3 + 4 + 5 × 10 s, about a minute. Celery's default gives up within a second, so
# a broker restarting as a harvest ended failed the task after its records were stored: the run stayed "running"
# and its follow-ups were lost (tests/search/test_broker_outage.py). Only workers wait: a web request that cannot
# reach the broker keeps failing fast.
WORKER_PUBLISH_RETRY_POLICY = {"max_retries": 15, "interval_start": 0, "interval_step": 1, "interval_max": 5}


@celeryd_init.connect
def _patient_publishing_in_workers(conf=None, **kwargs) -> None:
    conf.task_publish_retry_policy = WORKER_PUBLISH_RETRY_POLICY


_kombu_publish = Producer._publish


def _publish_again_after_a_reconnection(self, *args, **kwargs):
    """Work around kombu 5.7.0: a publish that reconnects while declaring its queue fails with AttributeError.

    ``Producer._publish`` takes its channel, then declares the queue with retries; when the broker comes back
    during those retries the connection is re-established and that channel closed, and the message is sent on the
    closed channel (``'NoneType' object has no attribute 'client'``), an error nothing retries. Raised as the
    connection error it is, kombu's retry loop revives the producer on the new connection and publishes again.
    """
    try:
        return _kombu_publish(self, *args, **kwargs)
    except AttributeError:
        channel = self._channel
        if channel is None or isinstance(channel, ChannelPromise) or channel.connection is not None:
            raise
        raise ConnectionError("the channel was closed by a reconnection while the queue was being declared")


Producer._publish = _publish_again_after_a_reconnection
