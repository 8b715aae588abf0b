"""Generation benchmark: our generator vs openapi-python-client vs datamodel-code-generator.

For every spec, rounds of interleaved cold runs (the order of the three tools rotates each
round), then for our generator: one run that fills an empty black cache, warm regenerations
(the spec copy gets a trailing newline so the no-change shortcut cannot fire, every black
result comes from the cache), the no-change shortcut itself, and the spec editor's loop: one
real one-line edit per run (a digit appended to an operation summary, then to a schema property
description; the edits accumulate).

Memory is sampled (and reported) for the cold runs only: reading a process's memory map
perturbs a run of a few tenths of a second.

A peer that fails on a spec is recorded with its first error line and not run again there.
Everything is bounded: a per-run timeout and a budget for the whole benchmark, past which the
remaining runs are recorded as skipped.

    .venv/bin/python bench/gen_bench.py            # results in .bench/results/gen.json
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import CORPUS, PEERS, PY, ROOT, WORK, Run, loadavg, measure, save

FULL = os.environ.get("BENCH_FULL") == "1"
BUDGET = float(os.environ.get("BENCH_GEN_BUDGET", "960"))  # seconds for the whole generation benchmark
RUN_TIMEOUT = float(os.environ.get("BENCH_RUN_TIMEOUT", "300"))

# (name, path, cold rounds, warm rounds): the specs the targets are about come first, so that a
# budget overrun only costs the others. box and asana get one round unless BENCH_FULL=1: three
# rounds of them would add ~5 minutes and no target depends on them.
SPECS: list[tuple[str, Path, int, int]] = [
    ("finerworks", ROOT / "spec" / "finerworks.yaml", 3, 3),
    ("twilio", CORPUS / "twilio-api-v2010.json", 3, 3),
    ("vault", CORPUS / "vault.json", 3, 3),
    ("petstore", CORPUS / "petstore.yaml", 3, 3),
    ("petstore-expanded", CORPUS / "petstore-expanded.yaml", 3, 3),
    ("link-example", CORPUS / "link-example.yaml", 3, 3),
    ("uspto", CORPUS / "uspto.yaml", 3, 3),
    ("box", CORPUS / "box.json", 3 if FULL else 1, 0),
    ("asana", CORPUS / "asana.yaml", 3 if FULL else 1, 0),
]
# Every tool runs as in a user's shell, writing bytecode: a shell (this sandbox's) that sets
# PYTHONDONTWRITEBYTECODE makes our generator, which runs from source, recompile its modules on every
# run, while the peers were compiled at install.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

if os.environ.get("BENCH_SPECS"):
    wanted = set(os.environ["BENCH_SPECS"].split(","))
    SPECS = [s for s in SPECS if s[0] in wanted]

WORKDIR = WORK / "work" / "gen"
OPC = PEERS / "bin" / "openapi-python-client"
DMCG = PEERS / "bin" / "datamodel-codegen"
PEER_ENV = {**os.environ, "PATH": f"{PEERS / 'bin'}:{os.environ.get('PATH', '')}"}

_STAGES = re.compile(r"generated in ([\d.]+)s \((.*)\)")
_STAGE = re.compile(r"\s*(.+?) ([\d.]+)s$")
_WROTE = re.compile(r"wrote .* \((\d+) operations, (\d+) models\)")


def command(tool: str, spec: Path, out: Path) -> list[str]:
    """The exact command line of one cold run (``ours`` gets GENERATOR_CACHE_DIR in its env)."""
    if tool == "ours":
        return [str(PY), "-m", "generator", "--spec", str(spec), "--out", str(out), "--package", "pkg", "--force"]
    if tool == "opc":
        return [str(OPC), "generate", "--path", str(spec), "--output-path", str(out / "client"), "--overwrite",
                "--meta", "none"]  # fmt: skip
    if tool == "dmcg":
        return [str(DMCG), "--input", str(spec), "--input-file-type", "openapi", "--output", str(out / "models.py"),
                "--output-model-type", "pydantic_v2.BaseModel"]  # fmt: skip
    raise ValueError(tool)


# The one-line edits of the "edit" runs: the first operation's summary, the first property
# description of the first schema that has one.
EDITS = ("summary", "description")
_JSON_EDIT = {
    "summary": re.compile(rb'"summary":\s*"((?:[^"\\]|\\.)*)"'),
    "description": re.compile(rb'"description":\s*"((?:[^"\\]|\\.)*)"'),
}
# A plain one-line YAML scalar (not a block scalar, not quoted); a description indented as a property's.
_YAML_EDIT = {
    "summary": re.compile(rb"^ +summary: *([^'\"|>\s#][^\n#]*?) *$", re.M),
    "description": re.compile(rb"^ {10,}description: *([^'\"|>\s#][^\n#]*?) *$", re.M),
}


def edit(text: bytes, kind: str, digit: str) -> bytes | None:
    """``text`` with ``digit`` appended to the value of its first ``kind`` line; None if it has none.

    The description is searched after the schemas' start (``components``/``schemas``), so that it
    is a schema's; the summary is an operation's (the first in the file).
    """
    start = 0
    if kind == "description":
        start = max(text.find(b'"schemas"'), text.find(b"\n  schemas:"), 0)
    json_like = text.lstrip()[:1] == b"{"
    m = (_JSON_EDIT if json_like else _YAML_EDIT)[kind].search(text, start)
    if m is None:
        return None
    return text[: m.end(1)] + digit.encode() + text[m.end(1) :]


def stages(run: Run) -> dict[str, float]:
    for line in run.stderr_tail:
        m = _STAGES.search(line)
        if m:
            out = {"total": float(m.group(1))}
            for part in m.group(2).split(","):
                sm = _STAGE.match(part)
                if sm:
                    out[sm.group(1).strip()] = float(sm.group(2))
            return out
    return {}


def first_error(run: Run) -> str:
    if run.timed_out:
        return f"timed out after {RUN_TIMEOUT:.0f} s"
    return error_line(run.output()) or f"exit {run.rc}"


def error_line(lines: list[str]) -> str:
    """The exception of a traceback if there is one, else the first line that names an error (with the
    next such line when the first is only a generic banner)."""
    for i, line in enumerate(lines):
        if re.match(r"^[A-Za-z_.]*(Error|Exception)\b.*:", line.strip()):
            tail = " ".join(x.strip() for x in lines[i + 1 : i + 3] if x.strip() and not x.startswith(("│", "╰")))
            return (line.strip() + (" " + tail if tail else ""))[:240]
    hits = [line.strip() for line in lines if re.search(r"error|exception", line, re.I)]
    if not hits:
        return lines[-1].strip()[:240] if lines else ""
    if hits[0].startswith("Error(s) encountered") and len(hits) > 1:
        return f"{hits[0]} / {hits[1]}"[:240]
    return hits[0][:240]


def py_lines(folder: Path) -> tuple[int, int]:
    files = lines = 0
    for p in folder.rglob("*.py"):
        files += 1
        with open(p, "rb") as fh:
            lines += sum(1 for _ in fh)
    return files, lines


def sources_sha() -> str:
    """Hash of the generator's code and templates: others may edit them while the benchmark runs."""
    digest = hashlib.sha256()
    for folder in (ROOT / "generator", ROOT / "templates"):
        for p in sorted(folder.rglob("*")):
            if p.is_file() and "__pycache__" not in p.parts:
                digest.update(p.relative_to(ROOT).as_posix().encode() + b"\0" + p.read_bytes())
    return digest.hexdigest()[:12]


def record(run: Run, tool: str, mode: str, out: Path | None) -> dict[str, object]:
    rec: dict[str, object] = {
        "tool": tool,
        "mode": mode,
        "ok": run.rc == 0 and not run.timed_out,
        "wall": run.wall,
        "cpu": run.cpu,
        "maxrss_mb": run.maxrss_mb,
        "tree_rss_mb": run.tree_rss_mb,
        "tree_pss_mb": run.tree_pss_mb,
        "rc": run.rc,
        "timed_out": run.timed_out,
        "load": loadavg()[0],
    }
    if not rec["ok"]:
        rec["error"] = first_error(run)
        rec["log"] = run.log
    if tool == "ours":
        rec["sources_sha"] = sources_sha()
        rec["stages"] = stages(run)
        text = "\n".join(run.stderr_tail)
        m = _WROTE.search(text)
        if m:
            rec["operations"], rec["models"] = int(m.group(1)), int(m.group(2))
        rec["shortcut"] = "is up to date" in text
    if tool == "opc":
        log = "\n".join(run.output())
        rec["skipped_endpoints"] = log.count("Endpoint will not be generated")
    if out is not None and rec["ok"]:
        rec["py_files"], rec["py_lines"] = py_lines(out)
    return rec


def main() -> int:
    started = time.monotonic()
    deadline = started + BUDGET
    shutil.rmtree(WORKDIR, ignore_errors=True)
    WORKDIR.mkdir(parents=True)
    results: dict[str, object] = {
        "budget_s": BUDGET,
        "run_timeout_s": RUN_TIMEOUT,
        "full": FULL,
        "load_before": loadavg(),
        "commands": {
            "ours (cold)": "GENERATOR_CACHE_DIR=$(mktemp -d) " + " ".join(command("ours", Path("SPEC"), Path("OUT"))),
            "ours (fill cache)": "GENERATOR_CACHE_DIR=C .venv/bin/python -m generator --spec S --out O --package pkg",
            "ours (warm)": "echo >> S; GENERATOR_CACHE_DIR=C .venv/bin/python -m generator --spec S --out O "
            "--package pkg   # same C and O as the fill-cache run",
            "ours (edit)": "append a digit to the first operation summary (edit-summary), then to the first "
            "schema property description (edit-description), of S; run as warm",
            "ours (no-change shortcut)": "GENERATOR_CACHE_DIR=C .venv/bin/python -m generator --spec S --out O "
            "--package pkg   # again, nothing changed",
            "opc": "PATH=.bench/peers-venv/bin:$PATH " + " ".join(command("opc", Path("SPEC"), Path("OUT"))),
            "dmcg": " ".join(command("dmcg", Path("SPEC"), Path("OUT"))),
        },
        "specs": {},
    }
    specs: dict[str, object] = results["specs"]  # type: ignore[assignment]
    tools = ["ours", "opc", "dmcg"]

    def out_of_time(need: float = 0.0) -> bool:
        return time.monotonic() + need > deadline

    for name, spec, cold_rounds, warm_rounds in SPECS:
        print(f"[gen] {name}", file=sys.stderr, flush=True)
        runs: list[dict[str, object]] = []
        entry: dict[str, object] = {
            "spec": str(spec), "bytes": spec.stat().st_size, "runs": runs, "skipped": [], "bytecode": True
        }  # fmt: skip
        specs[name] = entry
        failed: set[str] = set()
        base = WORKDIR / name
        for rnd in range(cold_rounds):
            order = tools[rnd % 3 :] + tools[: rnd % 3]
            for tool in order:
                if tool in failed:
                    continue
                if out_of_time():
                    entry["skipped"].append(f"{tool} cold round {rnd + 1} (budget)")  # type: ignore[union-attr]
                    continue
                out = base / f"{tool}-{rnd}"
                env = None if tool != "opc" else PEER_ENV
                if tool == "ours":
                    cache = WORK / "work" / f"cache-{uuid.uuid4().hex}"
                    cache.mkdir(parents=True)
                    env = {**os.environ, "GENERATOR_CACHE_DIR": str(cache)}
                run = measure(command(tool, spec, out), env=env, cwd=ROOT, timeout=RUN_TIMEOUT,
                              log=base / f"{tool}-{rnd}.log")  # fmt: skip
                rec = record(run, tool, "cold", out)
                rec["round"] = rnd + 1
                runs.append(rec)
                print(f"  {tool:5} cold r{rnd + 1}: {run.wall:7.2f}s wall {run.cpu:7.2f}s cpu "
                      f"{run.maxrss_mb:6.0f} MiB{'' if rec['ok'] else '  FAILED: ' + str(rec['error'])}",
                      file=sys.stderr, flush=True)  # fmt: skip
                if not rec["ok"]:
                    failed.add(tool)
                if tool == "ours":
                    shutil.rmtree(cache, ignore_errors=True)
                # keep the last good output of ours (the import benchmark uses vault's); drop the rest
                if rnd < cold_rounds - 1 or tool != "ours":
                    shutil.rmtree(out, ignore_errors=True)
                else:
                    entry["ours_output"] = str(out)
        if warm_rounds and "ours" not in failed:
            # one run that fills an empty cache, then warm regenerations and the no-change shortcut
            spec_copy = base / f"spec{spec.suffix}"
            original = spec.read_bytes()
            spec_copy.write_bytes(original)
            current = original  # the spec copy as last written: the edits below accumulate
            cache = WORK / "work" / f"cache-{uuid.uuid4().hex}"
            cache.mkdir(parents=True)
            env = {**os.environ, "GENERATOR_CACHE_DIR": str(cache)}
            out = base / "warm-out"
            cmd = [str(PY), "-m", "generator", "--spec", str(spec_copy), "--out", str(out), "--package", "pkg"]
            if out_of_time():
                entry["skipped"].append("ours fill-cache/warm/shortcut (budget)")  # type: ignore[union-attr]
            else:
                run = measure(cmd, env=env, cwd=ROOT, timeout=RUN_TIMEOUT, log=base / "fill.log", memory=False)
                runs.append(record(run, "ours", "fill-cache", None))
                print(f"  ours  fill-cache: {run.wall:7.2f}s", file=sys.stderr, flush=True)
                for rnd in range(warm_rounds):
                    if out_of_time():
                        entry["skipped"].append(f"ours warm round {rnd + 1} (budget)")  # type: ignore[union-attr]
                        break
                    current += b"\n"  # new fingerprint, same API
                    spec_copy.write_bytes(current)
                    run = measure(
                        cmd, env=env, cwd=ROOT, timeout=RUN_TIMEOUT, log=base / f"warm-{rnd}.log", memory=False
                    )
                    rec = record(run, "ours", "warm", None)
                    rec["round"] = rnd + 1
                    runs.append(rec)
                    run = measure(
                        cmd, env=env, cwd=ROOT, timeout=RUN_TIMEOUT, log=base / f"shortcut-{rnd}.log", memory=False
                    )
                    rec2 = record(run, "ours", "shortcut", None)
                    rec2["round"] = rnd + 1
                    runs.append(rec2)
                    print(f"  ours  warm r{rnd + 1}: {rec['wall']:7.2f}s (shortcut fired: {rec['shortcut']}); "
                          f"shortcut {rec2['wall']:5.2f}s (fired: {rec2['shortcut']})",
                          file=sys.stderr, flush=True)  # fmt: skip
                    # The spec editor's loop: one real one-line edit of the data per run.
                    for kind in EDITS:
                        edited = edit(current, kind, str(rnd + 1))
                        if edited is None:
                            if rnd == 0:
                                entry["skipped"].append(f"ours edit-{kind} (no such line)")  # type: ignore[union-attr]
                            continue
                        current = edited
                        spec_copy.write_bytes(current)
                        log = base / f"edit-{kind}-{rnd}.log"
                        run = measure(cmd, env=env, cwd=ROOT, timeout=RUN_TIMEOUT, log=log, memory=False)
                        rec = record(run, "ours", f"edit-{kind}", None)
                        rec["round"] = rnd + 1
                        runs.append(rec)
                        print(f"  ours  edit-{kind} r{rnd + 1}: {rec['wall']:7.2f}s", file=sys.stderr, flush=True)
            shutil.rmtree(cache, ignore_errors=True)
        save("gen", results)
    results["load_after"] = loadavg()
    results["elapsed_s"] = time.monotonic() - started
    save("gen", results)
    print(f"[gen] done in {results['elapsed_s']:.0f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
