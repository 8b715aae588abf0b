"""Spectral, the standard OpenAPI linter, run beside our own checks and shown in one report.

``python -m generator lint`` runs Spectral (npm ``@stoplight/spectral-cli``, pinned by
``tools/spectral/package-lock.json``) with the project ruleset ``tools/spectral/ruleset.yaml``
and turns each result into a :class:`generator.rules.Finding`, so its findings are sorted,
located, framed and silenced (``x-lint-ignore: [rule-id]``) exactly like ours.

What ``generate`` must refuse without Node stays in Python (:mod:`generator.rules`); where a
Spectral rule and one of ours report the same node, ours is shown (it has the did-you-mean)
and Spectral's is dropped (:data:`SAME_AS_OURS`). Spectral is optional: without it, ``lint``
says it was skipped and why.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.errors import pointer_of, same_node
from generator.rules import Finding, suppressed

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / "tools" / "spectral"
DEFAULT_RULESET = TOOLS / "ruleset.yaml"
BUNDLED = TOOLS / "node_modules" / ".bin" / "spectral"
TIMEOUT = 300.0  # seconds; Spectral takes a few on a large spec

# Spectral's numeric severities; hints and infos are not shown (the ruleset raises what matters).
_SEVERITY = {0: "error", 1: "warning"}

# Spectral rule -> our rule that reports the same problem at the same node.
SAME_AS_OURS = {
    "operation-tag-defined": "undeclared-tag",
    "oas3-unused-component": "unused-component",
    "oas3-valid-media-example": "invalid-example",
    "oas3-valid-schema-example": "invalid-example",
    "operation-operationId": "operation-id",
    "operation-tags": "tag",
}


class SpectralUnavailable(Exception):
    """Spectral could not be run: not installed, or it failed before linting."""


@dataclass(frozen=True)
class Report:
    findings: list[Finding]
    duplicates: int  # Spectral findings dropped because one of ours reports the same node


def find_binary() -> str | None:
    """``$SPECTRAL``, else the copy ``make`` installs under tools/spectral, else ``spectral`` on PATH."""
    configured = os.environ.get("SPECTRAL")
    if configured:
        return configured
    if BUNDLED.exists():
        return str(BUNDLED)
    return shutil.which("spectral")


def run(spec: Path, *, ruleset: Path = DEFAULT_RULESET, binary: str | None = None) -> list[dict[str, Any]]:
    """Spectral's JSON results for ``spec``; raises :class:`SpectralUnavailable` with the reason."""
    binary = binary or find_binary()
    if binary is None:
        raise SpectralUnavailable("Spectral is not installed (`make lint-spec` installs it when npm is present)")
    with tempfile.TemporaryDirectory(prefix="spectral-") as tmp:
        out = Path(tmp) / "results.json"
        command = [binary, "lint", "--quiet", "--format", "json", "--output", str(out), "--ruleset", str(ruleset)]
        try:
            done = subprocess.run([*command, str(spec)], capture_output=True, text=True, timeout=TIMEOUT, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise SpectralUnavailable(f"Spectral could not run: {exc}") from exc
        # Exit 1 means "found errors"; anything else without a results file is a failure to lint.
        if done.returncode not in (0, 1) or not out.exists():
            detail = (done.stderr or done.stdout).strip().splitlines()
            raise SpectralUnavailable(f"Spectral failed (exit {done.returncode}): {detail[-1] if detail else ''}")
        try:
            results = json.loads(out.read_text(encoding="utf-8") or "[]")
        except ValueError as exc:
            raise SpectralUnavailable(f"Spectral's output is not JSON: {exc}") from exc
    if not isinstance(results, list):
        raise SpectralUnavailable("Spectral's output is not a list of results")
    return [r for r in results if isinstance(r, dict)]


def findings(results: Iterable[dict[str, Any]], data: Any, ours: Iterable[Finding] = ()) -> Report:
    """Spectral's results as findings: located, silenced by ``x-lint-ignore``, ours preferred."""
    reported = {(f.rule, f.pointer) for f in ours}
    out: list[Finding] = []
    duplicates = 0
    seen: set[tuple[str, str]] = set()
    for result in results:
        severity = _SEVERITY.get(result.get("severity", -1))
        code = str(result.get("code", "spectral"))
        path = result.get("path")
        if severity is None or not isinstance(path, list):
            continue
        pointer = pointer_of([str(p) for p in path])
        if (code, pointer) in seen or suppressed(data, code, pointer):
            continue
        seen.add((code, pointer))
        twin = SAME_AS_OURS.get(code)
        if twin and any(rule == twin and same_node(pointer, where) for rule, where in reported):
            duplicates += 1
            continue
        start = result.get("range", {}).get("start", {}) if isinstance(result.get("range"), dict) else {}
        line = start.get("line") if isinstance(start, dict) else None
        out.append(
            Finding(
                code,
                severity,
                pointer,
                f"{str(result.get('message', '')).rstrip('.')} (Spectral)",
                f"see Spectral's rule {code}; silence a deliberate case with x-lint-ignore: [{code}]",
                line + 1 if isinstance(line, int) else None,  # Spectral counts lines from 0
            )
        )
    return Report(out, duplicates)
