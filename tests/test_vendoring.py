"""The generated package works when copied into a project that has only httpx and pydantic."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import GENERATED, REPO, SPEC, RecordingServer, run_generator

SCRIPT = """
import json, sys
import finerworks
from finerworks import FinerWorks
client = FinerWorks(web_api_key="k", app_key="a", base_url=sys.argv[1])
out = client.images.delete(guids=["2d273599-962a-498c-be07-cec9e80bacf2"], library=None)
print(json.dumps({"file": finerworks.__file__, "success": out.status.success, "version": finerworks.__version__}))
"""


def _pins(*names: str) -> list[str]:
    lock = (REPO / "requirements.lock").read_text().splitlines()
    return [line for line in lock if line.split("==")[0].lower() in names]


@pytest.fixture(scope="module")
def bare_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pins = _pins("httpx", "pydantic")
    assert len(pins) == 2
    subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "--disable-pip-version-check", *pins], check=True)
    return venv


def _run(venv: Path, cwd: Path, url: str) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    result = subprocess.run(
        [str(venv / "bin" / "python"), "-c", SCRIPT, url], cwd=cwd, capture_output=True, text=True, env=env
    )
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout))


@pytest.mark.slow  # a fresh venv with httpx and pydantic
def test_copied_package_imports_and_calls(bare_venv: Path, tmp_path: Path, recording_server: RecordingServer) -> None:
    project = tmp_path / "project"
    shutil.copytree(GENERATED / "finerworks", project / "finerworks")
    out = _run(bare_venv, project, f"{recording_server.url}/v3")
    assert out["success"] is True
    assert str(out["file"]).startswith(str(project))
    assert recording_server.requests[0].path == "/v3/delete_images"
    freeze = subprocess.run([str(bare_venv / "bin" / "pip"), "freeze"], capture_output=True, text=True).stdout
    assert "generator" not in freeze and "datamodel" not in freeze


@pytest.mark.slow  # pip installs into a fresh venv
def test_pip_install_from_folder(bare_venv: Path, tmp_path: Path, recording_server: RecordingServer) -> None:
    source = tmp_path / "generated"
    shutil.copytree(GENERATED, source, ignore=shutil.ignore_patterns("__pycache__"))
    pip = str(bare_venv / "bin" / "pip")
    subprocess.run([pip, "install", "-q", "--disable-pip-version-check", str(source)], check=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = _run(bare_venv, elsewhere, f"{recording_server.url}/v3")
    assert "site-packages" in str(out["file"])
    assert out["success"] is True
    assert (Path(str(out["file"])).parent / "py.typed").exists()


def test_verify_says_whether_a_vendored_copy_is_current(tmp_path: Path) -> None:
    """`python -m generator verify`: a byte-identical copy (package only, anywhere) is current; an edit is named."""
    copy = tmp_path / "vendor" / "finerworks"
    shutil.copytree(GENERATED / "finerworks", copy, ignore=shutil.ignore_patterns("__pycache__"))
    done = run_generator("verify", "--spec", SPEC, "--package-dir", copy)
    assert done.returncode == 0, done.stderr
    assert "is what" in done.stderr
    (copy / "notes.txt").write_text("ours\n")  # a file of the vendoring repo: named, not a difference
    client = copy / "_client.py"
    client.write_text(client.read_text() + "# local patch\n")
    done = run_generator("verify", "--spec", SPEC, "--package-dir", copy)
    assert done.returncode == 1
    assert "changed  _client.py" in done.stderr and "notes.txt" in done.stderr
    assert run_generator("verify", "--spec", SPEC, "--package-dir", tmp_path / "nothing").returncode == 2
