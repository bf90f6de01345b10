"""Run the whole portal locally as production runs it: database, broker, worker with beat, gunicorn with DEBUG off
(carrefour/settings/demo.py). Ctrl-C stops everything."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from carrefour.management.commands.load_demo import DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD, DEMO_SOURCES_URL
from initiatives.models import Source
from search.harvest.models import HarvestRun
from search.harvest.tasks import harvest_source_task

DEMO_SETTINGS = {"DJANGO_SETTINGS_MODULE": "carrefour.settings.demo"}
WEB_WORKERS = 3


def gunicorn_command(addr: str) -> list[str]:
    """The demo's web server: gunicorn serving carrefour/wsgi.py, as in production."""
    return [sys.executable, "-m", "gunicorn", "carrefour.wsgi:application", "--bind", addr,
            "--workers", str(WEB_WORKERS), "--timeout", "60", "--access-logfile", "-"]


class Command(BaseCommand):
    help = (
        "Démarre Carrefour avec le contenu de démonstration : migre la base, charge la démo, lance un worker "
        "Celery (avec beat) et le serveur web. Les services intégrés (PostgreSQL, Valkey) sont réutilisés s’ils tournent."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--addr", default="127.0.0.1:8000", help="Adresse du serveur web (défaut : 127.0.0.1:8000)")
        parser.add_argument("--no-worker", action="store_true", help="Ne pas démarrer de worker Celery")

    @staticmethod
    def _harvests_done() -> bool:
        # Every enabled source has finished at least one harvest and none is running.
        enabled = Source.objects.filter(enabled=True)
        finished = HarvestRun.objects.filter(source__in=enabled).exclude(status=HarvestRun.Status.RUNNING)
        return (
            finished.values("source").distinct().count() >= enabled.count()
            and not HarvestRun.objects.filter(status=HarvestRun.Status.RUNNING).exists()
        )

    def handle(self, *args, addr: str, no_worker: bool, **options) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write("Base de données à jour.")
        call_command("load_demo")

        env = {**os.environ, "REDIS_URL": settings.REDIS_URL, "DATABASE_URL": os.environ.get("DATABASE_URL", "")}
        env = {key: value for key, value in env.items() if value}
        subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
                       env={**env, **DEMO_SETTINGS}, check=True)
        children: list[subprocess.Popen] = []
        # The fictional partner platforms, served on 127.0.0.1 and harvested over real HTTP.
        port = DEMO_SOURCES_URL.rsplit(":", 1)[-1].strip("/")
        children.append(subprocess.Popen([sys.executable, "-m", "carrefour.demo.server", "--port", port], env=env))
        if not no_worker:
            children.append(
                subprocess.Popen(
                    [sys.executable, "-m", "celery", "-A", "carrefour", "worker", "--beat", "--loglevel", "INFO",
                     "--concurrency", "2", "--schedule", str(settings.BASE_DIR / ".data" / "celerybeat-schedule")],
                    env={**env, **DEMO_SETTINGS},
                )
            )
        # As in production: gunicorn, DEBUG off, collected static files (carrefour/settings/demo.py). Sync workers
        # hold one database connection each, whatever the traffic.
        children.append(subprocess.Popen(gunicorn_command(addr), env={**env, **DEMO_SETTINGS}))
        time.sleep(1.5)
        if not no_worker:
            # Through the broker to the worker: the search page fills in as the sources arrive.
            for source in Source.objects.filter(enabled=True):
                harvest_source_task.delay(source.pk, HarvestRun.Trigger.MANUAL)
            self.stdout.write("Moissonnage des plateformes de démonstration lancé (suivi : /admin/ › Moissonnages).")
        self.stdout.write(
            self.style.SUCCESS(
                f"\nCarrefour tourne sur http://{addr}/\n"
                f"  Administration : http://{addr}/admin/  ({DEMO_ADMIN_EMAIL} / {DEMO_ADMIN_PASSWORD}, identifiant « admin »)\n"
                f"  État des services : http://{addr}/healthz\n"
                "Ctrl-C pour tout arrêter.\n"
            )
        )

        def stop(*_):
            for child in children:
                if child.poll() is None:
                    child.terminate()
            for child in children:
                try:
                    child.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    child.kill()
            sys.exit(0)

        signal.signal(signal.SIGTERM, stop)
        try:
            editorial_pending = not no_worker
            started = time.monotonic()
            while all(child.poll() is None for child in children):
                time.sleep(0.5)
                if editorial_pending and time.monotonic() - started > 5 and self._harvests_done():
                    # Featured innovations and article cards need harvested initiatives: complete the demo now.
                    editorial_pending = False
                    call_command("load_demo")
            self.stderr.write("Un des processus s’est arrêté ; arrêt de la démo.")
        except KeyboardInterrupt:
            pass
        stop()
