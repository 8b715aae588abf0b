"""Every real-world spec of the shared corpus generates, imports, type-checks and drops nothing.

Each spec is generated once per session (a module-scoped fixture shared by all its checks),
then: the generator exits 0; every module of the package imports; ``mypy`` with default
settings finds no error; the manifest lists every operation of the spec (counted here from the
raw document: paths × HTTP methods) and each of its Python paths is a method of both clients.

``WRITE_COMPAT=1`` also writes ``docs/compatibility.md`` from the measurements of this run.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import CORPUS, REPO, run_generator

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SMALL = ["petstore.yaml", "petstore-expanded.yaml", "link-example.yaml", "uspto.yaml"]
BIG = ["twilio-api-v2010.json", "box.json", "asana.yaml", "vault.json"]
SPECS = [pytest.param(name, id=name) for name in SMALL] + [
    pytest.param(name, id=name, marks=pytest.mark.slow) for name in BIG
]
COMPAT_DOC = REPO / "docs" / "compatibility.md"

if not CORPUS.is_dir():  # the corpus lives beside the repository, not in it
    pytest.skip(f"corpus not found at {CORPUS}", allow_module_level=True)

# Runs in a fresh interpreter with the output directory on sys.path: imports every module of
# the package, then resolves each manifest path on an instance of each client.
_PROBE = r"""
import importlib, inspect, json, pathlib, sys, traceback
out, package = pathlib.Path(sys.argv[1]), sys.argv[2]
sys.path.insert(0, str(out))
report = {"modules": 0, "import_errors": [], "unresolved": []}
for path in sorted((out / package).rglob("*.py")):
    parts = path.relative_to(out).with_suffix("").parts
    name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
    try:
        importlib.import_module(name)
        report["modules"] += 1
    except BaseException:
        report["import_errors"].append(name + ": " + traceback.format_exc(limit=3))
manifest = json.loads((out / package / "_manifest.json").read_text(encoding="utf-8"))
client_module = importlib.import_module(package + "._client")
standard = {"environment", "base_url", "timeout", "max_retries", "default_headers", "http_client",
            "connection_limits", "strict_response_validation", "deadline"}
for key in ("client", "async_client"):
    cls = getattr(client_module, manifest[key])
    credentials = {n: "dummy" for n in inspect.signature(cls).parameters if n not in standard}
    client = cls(base_url="http://127.0.0.1:9", **credentials)
    for op in manifest["operations"]:
        resource, method = op["python"].split(".")
        target = getattr(getattr(client, resource, None), method, None)
        wants_async = key == "async_client"
        if not callable(target) or inspect.iscoroutinefunction(target) != wants_async:
            report["unresolved"].append(f"{manifest[key]}.{op['python']} ({op['operationId']})")
print(json.dumps(report))
"""


@dataclass
class Outcome:
    """What one spec's checks measured; also the row of the compatibility table."""

    spec: str
    operations: int = 0
    manifest_operations: int | None = None
    import_ok: bool | None = None
    mypy_errors: int | None = None
    seconds: float | None = None


@dataclass
class Generated:
    spec: str
    package: str
    out: Path
    returncode: int
    stderr: str
    seconds: float
    raw: dict[str, Any]
    outcome: Outcome
    _probe: dict[str, Any] | None = field(default=None, repr=False)

    @property
    def package_dir(self) -> Path:
        return self.out / self.package

    def manifest(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads((self.package_dir / "_manifest.json").read_text(encoding="utf-8"))
        return data

    def probe(self) -> dict[str, Any]:
        """Import every module and resolve every manifest path (once, in a subprocess)."""
        if self._probe is None:
            proc = subprocess.run(
                [sys.executable, "-c", _PROBE, str(self.out), self.package],
                capture_output=True,
                text=True,
                check=False,
                timeout=600,
            )
            assert proc.returncode == 0, proc.stderr[-3000:]
            self._probe = json.loads(proc.stdout.strip().splitlines()[-1])
        return self._probe


def load_raw(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    data = (
        json.loads(text)
        if path.suffix == ".json"
        else yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    )
    assert isinstance(data, dict)
    return data


def spec_operations(raw: dict[str, Any]) -> list[tuple[str, str, str | None]]:
    """(METHOD, path, operationId) of every operation, straight from the document."""
    out = []
    for path, item in (raw.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if isinstance(item, dict) and isinstance(item.get(method), dict):
                out.append((method.upper(), str(path), item[method].get("operationId")))
    return out


def package_name(spec: str) -> str:
    return "corpus_" + re.sub(r"[^a-z0-9]+", "_", spec.rsplit(".", 1)[0].lower()).strip("_")


# -- fixtures --------------------------------------------------------------------------------------
_RESULTS: dict[str, Outcome] = {}


@pytest.fixture(scope="module", autouse=True)
def _compat_table() -> Iterator[None]:
    """After the module: write docs/compatibility.md when WRITE_COMPAT=1 (measured, not claimed)."""
    yield
    if os.environ.get("WRITE_COMPAT") == "1" and _RESULTS:
        write_compat_table([_RESULTS[name] for name in SMALL + BIG if name in _RESULTS])


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache per session: third-party stubs (httpx, pydantic) are analysed once, never reused across runs."""
    return tmp_path_factory.mktemp("mypy-cache")


@pytest.fixture(scope="module", params=SPECS)
def generated(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Generated:
    spec: str = request.param
    package = package_name(spec)
    out = tmp_path_factory.mktemp(package)
    raw = load_raw(CORPUS / spec)
    started = time.perf_counter()
    proc = run_generator("--spec", CORPUS / spec, "--out", out, "--package", package)
    seconds = time.perf_counter() - started
    outcome = _RESULTS.setdefault(spec, Outcome(spec, operations=len(spec_operations(raw))))
    outcome.seconds = seconds
    return Generated(spec, package, out, proc.returncode, proc.stderr, seconds, raw, outcome)


# -- checks ----------------------------------------------------------------------------------------
def test_generates(generated: Generated) -> None:
    assert generated.returncode == 0, generated.stderr[-3000:]
    assert "Traceback" not in generated.stderr
    assert (generated.package_dir / "_manifest.json").is_file()


def test_every_module_imports(generated: Generated) -> None:
    assert generated.returncode == 0
    report = generated.probe()
    generated.outcome.import_ok = not report["import_errors"]
    assert not report["import_errors"], "\n".join(report["import_errors"][:5])
    assert report["modules"] >= 10


def test_manifest_lists_every_operation(generated: Generated) -> None:
    assert generated.returncode == 0
    manifest = generated.manifest()
    in_spec = spec_operations(generated.raw)
    listed = manifest["operations"]
    generated.outcome.manifest_operations = len(listed)
    assert len(listed) == len(in_spec)
    assert sorted((op["method"], op["path"]) for op in listed) == sorted((m, p) for m, p, _ in in_spec)
    ids = {op["operationId"] for op in listed}
    assert len(ids) == len(listed), "operationIds in the manifest must be unique"
    missing = [op_id for _, _, op_id in in_spec if op_id is not None and op_id not in ids]
    assert not missing, f"operationIds missing from the manifest: {missing[:10]}"
    pythons = [op["python"] for op in listed]
    assert len(set(pythons)) == len(pythons), "two operations share one Python method"


def test_manifest_paths_resolve_on_both_clients(generated: Generated) -> None:
    assert generated.returncode == 0
    unresolved = generated.probe()["unresolved"]
    assert not unresolved, f"{len(unresolved)} manifest paths do not resolve: {unresolved[:10]}"


def test_files_formatted_in_pieces_are_what_black_makes_of_them(generated: Generated) -> None:
    """Large modules are formatted in pieces by several workers; whole-file black must agree."""
    from generator import format as fmt

    assert generated.returncode == 0
    big = sorted(str(p) for p in generated.package_dir.rglob("*.py") if p.stat().st_size > 2 * fmt._PIECE)
    if not big:
        pytest.skip("no module large enough to be formatted in pieces")
    options = ["--line-length", str(fmt.LINE_LENGTH), "--target-version", fmt.TARGET, "--config", os.devnull]
    proc = subprocess.run(
        [sys.executable, "-m", "black", "--check", "--quiet", *options, *big],
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]


def test_mypy_finds_no_errors(generated: Generated, mypy_cache: Path) -> None:
    assert generated.returncode == 0
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            os.devnull,
            "--cache-dir",
            str(mypy_cache),
            "--no-error-summary",
            "--hide-error-context",
            generated.package,
        ],
        cwd=generated.out,
        capture_output=True,
        text=True,
        check=False,
        timeout=1200,
    )
    errors = [line for line in proc.stdout.splitlines() if ": error:" in line]
    generated.outcome.mypy_errors = len(errors)
    assert proc.returncode == 0 and not errors, (proc.stdout + proc.stderr)[-4000:]


# -- the compatibility table -------------------------------------------------------------------
def write_compat_table(rows: list[Outcome]) -> None:
    def show(value: object) -> str:
        if value is None:
            return "not run"
        if isinstance(value, bool):
            return "yes" if value else "**no**"
        if isinstance(value, float):
            return f"{value:.1f}"
        return str(value)

    lines = [
        "# Compatibility with real-world specs",
        "",
        "Measured by `WRITE_COMPAT=1 .venv/bin/python -m pytest tests/test_corpus.py` (do not edit by hand).",
        "Specs are in `../shared/corpus/`; mypy runs with its default settings on the generated package;",
        "generation seconds are the wall time of `python -m generator`, with the black cache as found (warm here; a cold CI run was ~3-10x slower).",
        "",
        "| spec | operations in spec | operations in manifest | import ok | mypy errors | generation seconds |",
        "|---|---:|---:|---|---:|---:|",
    ]
    for row in rows:
        cells = [row.spec, row.operations, row.manifest_operations, row.import_ok, row.mypy_errors, row.seconds]
        lines.append("| " + " | ".join(show(c) for c in cells) + " |")
    lines += ["", f"Machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}.", ""]
    COMPAT_DOC.parent.mkdir(parents=True, exist_ok=True)
    # The sections after the table (the repairs, written by hand) are kept as they are.
    old = COMPAT_DOC.read_text(encoding="utf-8") if COMPAT_DOC.is_file() else ""
    rest = old[old.index(HAND_WRITTEN) :] if HAND_WRITTEN in old else ""
    COMPAT_DOC.write_text("\n".join(lines) + ("\n" + rest if rest else ""), encoding="utf-8")


# Where the hand-written part of docs/compatibility.md begins.
HAND_WRITTEN = "## Sloppiness the generator repairs"


@pytest.mark.parametrize("name", ["twilio-api-v2010.json", "petstore.yaml"])
def test_a_prose_edit_served_from_the_caches_is_exactly_a_cold_run(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Real specs, through the stand-ins of both caches (early stages, models): one summary and one
    schema description edited, where there is one (twilio's first summary is shared with other
    operations), the output is byte for byte a run without any cache."""
    from generator import pipeline

    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path / "cache"))
    spec = tmp_path / name
    text = (CORPUS / name).read_text(encoding="utf-8")
    spec.write_text(text, encoding="utf-8")
    pipeline.generate(spec, "pkg")
    data = json.loads(text) if name.endswith(".json") else yaml.safe_load(text)
    summary = next(op["summary"] for item in data["paths"].values() for op in item.values() if "summary" in op)
    described = [
        p["description"]
        for s in data["components"]["schemas"].values()
        for p in (s.get("properties") or {}).values()
        if isinstance(p.get("description"), str) and len(p["description"]) > 12
    ][:1]
    is_json = name.endswith(".json")
    # JSON text can take quotes and backslashes (encoded); a YAML scalar is edited in plain words.
    edits = [(summary, summary + (' "edited\\' if is_json else " edited"))] + [(d, d + " (edited)") for d in described]
    for i, (old, new) in enumerate(edits):
        a, b = (
            (json.dumps(old, ensure_ascii=False)[:-1], json.dumps(new, ensure_ascii=False)[:-1])
            if is_json
            else (old, new)
        )
        assert a in text
        text = text.replace(a, b, 1)
        spec.write_text(text, encoding="utf-8")
        with monkeypatch.context() as patched:
            if i == 0:  # a summary has a token of its own: the early stages' entry serves the edit
                patched.setattr("generator.validate.check_spec", _ran_although_cached)
            warm = pipeline.generate(spec, "pkg")
        cold = pipeline.generate(spec, "pkg", cache=False)
        assert warm.rendered.package == cold.rendered.package
        assert warm.rendered.beside == cold.rendered.beside


def _ran_although_cached(*args: object, **kwargs: object) -> None:
    raise AssertionError("the checks ran although their result is cached")
