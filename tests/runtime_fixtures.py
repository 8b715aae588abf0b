"""Fixtures of the runtime tests: which generated package and spec to use, the fake server.

The runtime tests run against ``generated/finerworks`` and ``spec/finerworks.yaml`` when both
exist. Until they do, ``tests/data/runtime_spec.yaml`` (a small subset written from the
FinerWorks reference) is generated into a temporary directory once per test session.
``FINERWORKS_RUNTIME_SPEC=subset`` forces the subset; ``FINERWORKS_RUNTIME_SPEC=path/to/spec.yaml``
generates that spec into a temporary directory and tests against it.

Operations are reached through the package's ``_manifest.json`` (operation id -> Python access
path), so the tests do not depend on the method names the spec picks.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from fakeserver import FakeServer

REPO = Path(__file__).resolve().parents[1]
REAL_SPEC = REPO / "spec" / "finerworks.yaml"
REAL_PACKAGE_DIR = REPO / "generated"
SUBSET_SPEC = Path(__file__).resolve().parent / "data" / "runtime_spec.yaml"


def _choose() -> tuple[Path, Path]:
    """(spec, directory holding the ``finerworks`` package) for this session."""
    wanted = os.environ.get("FINERWORKS_RUNTIME_SPEC", "")
    spec = SUBSET_SPEC
    if wanted and wanted != "subset":
        spec = Path(wanted).resolve()  # any spec file, generated into a temporary directory
    elif not wanted and REAL_SPEC.exists() and (REAL_PACKAGE_DIR / "finerworks" / "__init__.py").exists():
        return REAL_SPEC, REAL_PACKAGE_DIR
    out = Path(tempfile.mkdtemp(prefix="finerworks-runtime-"))
    atexit.register(shutil.rmtree, out, True)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "--spec",
            str(spec),
            "--out",
            str(out),
            "--package",
            "finerworks",
            "--quiet",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"generating the runtime test package failed:\n{done.stdout}\n{done.stderr}")
    return spec, out


SPEC_PATH, PACKAGE_DIR = _choose()
if "finerworks" in sys.modules and not str(sys.modules["finerworks"].__file__).startswith(str(PACKAGE_DIR)):
    raise RuntimeError(f"another finerworks package is already imported: {sys.modules['finerworks'].__file__}")
sys.path.insert(0, str(PACKAGE_DIR))

MANIFEST: dict[str, Any] = json.loads((PACKAGE_DIR / "finerworks" / "_manifest.json").read_text())
ACCESS = {op["operationId"]: op for op in MANIFEST["operations"]}


def method(client: Any, operation_id: str, variant: str | None = None) -> Callable[..., Any]:
    """The client method of an operation, e.g. ``method(client, "delete_images", "prepare")``."""
    entry = ACCESS[operation_id]
    dotted = entry["python"]
    resource, name = dotted.rsplit(".", 1)
    target = client
    for part in resource.split("."):
        target = getattr(target, part)
    if variant:
        target = getattr(target, variant)
    return getattr(target, name)  # type: ignore[no-any-return]


@pytest.fixture
def server() -> Iterator[FakeServer]:
    """A fresh fake FinerWorks server serving the session's spec under ``/v3``."""
    with FakeServer(SPEC_PATH, prefix="/v3") as fake:
        yield fake


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No FINERWORKS_* variable of the developer's shell leaks into a test."""
    for name in list(os.environ):
        if name.startswith("FINERWORKS_") and name != "FINERWORKS_RUNTIME_SPEC" and name != "FINERWORKS_SHARED_DIR":
            monkeypatch.delenv(name)
