"""The READMEs' Python examples run as written, against a server on 127.0.0.1.

A reader copies these blocks; a renamed method or argument must fail here, not in their code.
Each README's blocks run in order in one namespace (later blocks use earlier names), with the
base URL and keys taken from the environment variables the examples mention. Every request that
arrives must be an operation of the spec.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from conftest import GENERATED, REPO, SPEC, RecordingServer

sys.path.insert(0, str(GENERATED))

_BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
_SPEC = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
_OPERATIONS = {
    (method.upper(), path) for path, item in _SPEC["paths"].items() for method in item if method != "parameters"
}


def blocks(readme: Path) -> list[str]:
    return _BLOCK.findall(readme.read_text(encoding="utf-8"))


# Each README, and how many requests its examples send at least (the generated one only builds a client).
READMES = {REPO / "README.md": 5, GENERATED / "finerworks" / "README.md": 0}


@pytest.mark.parametrize("readme", list(READMES), ids=lambda p: str(p.relative_to(REPO)))
def test_readme_examples_run(readme: Path, recording_server: RecordingServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FINERWORKS_BASE_URL", f"{recording_server.url}/v3")
    monkeypatch.setenv("FINERWORKS_WEB_API_KEY", "readme-key")
    monkeypatch.setenv("FINERWORKS_APP_KEY", "readme-app")
    found = blocks(readme)
    assert found, f"{readme} has no Python example"
    namespace: dict[str, object] = {}
    for number, source in enumerate(found, 1):
        exec(compile(source, f"{readme.name}, Python block {number}", "exec"), namespace)
    assert len(recording_server.requests) >= READMES[readme]
    for request in recording_server.requests:
        path = urlsplit(request.path).path.removeprefix("/v3")
        assert (request.method, path) in _OPERATIONS, f"{readme.name} sent {request.method} {path}, not in the spec"
        assert request.headers.get("web_api_key") and request.headers.get("app_key")
