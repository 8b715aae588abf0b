"""Spectral beside our own checks: one report, located, silenced by x-lint-ignore, no duplicates.

The conversion is unit-tested on Spectral's JSON shape; the rest runs the real Spectral that
``make test`` installs from tools/spectral (skipped without npm, required in CI).
"""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest
from conftest import REPO, run_generator

from generator import spectral
from generator.rules import Finding

SPEC = REPO / "spec" / "finerworks.yaml"


def _result(code: str, path: list[str], severity: int = 0, line: int = 9) -> dict[str, object]:
    return {
        "code": code,
        "path": path,
        "severity": severity,
        "message": f"{code} happened.",
        "range": {"start": {"line": line, "character": 2}, "end": {"line": line, "character": 9}},
    }


def test_results_become_located_findings() -> None:
    report = spectral.findings([_result("array-items", ["components", "schemas", "a/b"])], {})
    (finding,) = report.findings
    assert (finding.rule, finding.severity, finding.pointer, finding.line) == (
        "array-items",
        "error",
        "/components/schemas/a~1b",
        10,  # Spectral counts from 0, our reports from 1
    )
    assert finding.message == "array-items happened (Spectral)"
    assert "x-lint-ignore: [array-items]" in finding.fix


def test_hints_and_infos_are_left_out_and_repeats_shown_once() -> None:
    results = [
        _result("a", ["paths"], severity=2),
        _result("b", ["paths"], severity=3),
        _result("c", ["paths"], severity=1),
        _result("c", ["paths"], severity=1),
    ]
    assert [(f.rule, f.severity) for f in spectral.findings(results, {}).findings] == [("c", "warning")]


def test_x_lint_ignore_silences_a_spectral_rule_on_its_node_and_below() -> None:
    data = {"components": {"schemas": {"a": {"x-lint-ignore": ["array-items"], "properties": {}}}}}
    results = [
        _result("array-items", ["components", "schemas", "a", "properties", "x"]),
        _result("typed-enum", ["components", "schemas", "a"]),
    ]
    assert [f.rule for f in spectral.findings(results, data).findings] == ["typed-enum"]


def test_a_problem_both_linters_report_is_shown_once_as_ours() -> None:
    ours = [Finding("undeclared-tag", "error", "/paths/~1x/get/tags/0", "tag 'product'...", "did you mean")]
    results = [
        _result("operation-tag-defined", ["paths", "/x", "get", "tags", "0"]),
        _result("operation-tag-defined", ["paths", "/y", "get", "tags", "0"]),
    ]
    report = spectral.findings(results, {}, ours)
    assert [f.pointer for f in report.findings] == ["/paths/~1y/get/tags/0"] and report.duplicates == 1


def test_without_spectral_lint_says_it_was_skipped_or_refuses_when_required(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(MIXED.replace("tags: [thing]", "tags: [things]").replace("{type: array}", "{type: string}"))
    monkeypatch.setenv("SPECTRAL", str(tmp_path / "no-such-spectral"))
    skipped = run_generator("lint", "--spec", spec, "--strict")
    required = run_generator("lint", "--spec", spec, "--strict", "--require-spectral")
    assert skipped.returncode == 0 and "Spectral skipped: Spectral could not run" in skipped.stderr, skipped.stderr
    assert required.returncode == 2 and required.stderr.startswith("error: Spectral skipped"), required.stderr


# --- the real Spectral -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_spectral() -> None:
    if spectral.find_binary() is None:
        if os.environ.get("FINERWORKS_REQUIRE_SPECTRAL"):  # CI: these must run, never skip
            pytest.fail("Spectral is required (FINERWORKS_REQUIRE_SPECTRAL) but not installed: run `make spectral`")
        pytest.skip("Spectral not installed (needs npm; `make test` installs it when npm is present)")


# A small spec with one problem only Spectral sees, one both see, and one silenced deliberately.
MIXED = textwrap.dedent("""\
    openapi: 3.1.0
    info: {title: T, version: "1", description: d}
    servers: [{url: "https://api.example.com/v1/"}]
    tags: [{name: things, description: d}]
    paths:
      /things:
        get:
          operationId: list_things
          summary: List things.
          description: d
          tags: [thing]
          responses:
            "200":
              description: ok
              content:
                application/json:
                  schema:
                    type: object
                    properties:
                      open: {type: array}
                      quiet: {type: array, x-lint-ignore: [array-items]}
    """)


@pytest.mark.usefixtures("real_spectral")
def test_finerworks_spec_is_clean_for_spectral_and_ours() -> None:
    result = run_generator("lint", "--spec", SPEC, "--strict", "--require-spectral")
    assert result.returncode == 0, result.stdout
    assert "Spectral: 0 finding(s)" in result.stderr, result.stderr
    assert "error[" not in result.stdout


@pytest.mark.usefixtures("real_spectral")
def test_one_report_holds_both_linters_findings(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(MIXED)
    result = run_generator("lint", "--spec", spec, "--strict", "--require-spectral")
    assert result.returncode == 1, result.stderr
    out = result.stdout
    # Spectral's own rules, located like ours: file:line, severity[rule], pointer, a code frame.
    array_line = MIXED.splitlines().index(next(x for x in MIXED.splitlines() if "open:" in x)) + 1
    assert f"{spec}:{array_line}: error[array-items] #/paths/~1things/get/responses/200/" in out, out
    assert "warning[oas3-server-trailing-slash]" in out
    # the tag typo: ours (with its did-you-mean) once, Spectral's twin dropped
    assert out.count("error[undeclared-tag]") == 1 and "operation-tag-defined" not in out
    assert "did you mean 'things'" in out
    assert "quiet" not in out  # silenced by x-lint-ignore
    assert "it shares with ours shown once" in result.stderr
