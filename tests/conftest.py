"""Shared test helpers: paths, running the generator, a recording loopback HTTP server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "spec" / "finerworks.yaml"
GENERATED = REPO / "generated"
SHARED = Path(os.environ.get("FINERWORKS_SHARED_DIR", REPO.parent / "shared"))
CORPUS = SHARED / "corpus"


def run_generator(*args: str | Path, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    """``python -m generator ARGS`` in a subprocess, as a user would run it."""
    return subprocess.run(
        [sys.executable, "-m", "generator", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=False,
    )


def tree(root: Path) -> dict[str, bytes]:
    """Every file below ``root`` (bytecode caches left out), by its relative path: a folder to compare."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    @property
    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


@dataclass
class RecordingServer:
    """A real HTTP server on 127.0.0.1 that records requests and answers with a fixed JSON body."""

    reply: Any = field(
        default_factory=lambda: {"status": {"success": True, "status_code": 200, "message": "", "debug": None}}
    )
    requests: list[Recorded] = field(default_factory=list)
    port: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@pytest.fixture
def recording_server() -> Iterator[RecordingServer]:
    state = RecordingServer()

    class Handler(BaseHTTPRequestHandler):
        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            state.requests.append(Recorded(self.command, self.path, dict(self.headers.items()), body))
            payload = json.dumps(state.reply).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _handle

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


# Whole modules that `make test-fast` leaves out: every real-world spec of the corpus, the
# property test that generates and type-checks random specs, and the per-construct specs that are
# generated and type-checked together (generator behaviour, not the FinerWorks spec).
SLOW_MODULES = {"test_corpus", "test_spec_grammar", "test_spec_constructs"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.module is not None and item.module.__name__ in SLOW_MODULES:
            item.add_marker(pytest.mark.slow)
