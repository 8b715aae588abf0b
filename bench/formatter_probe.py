"""What black alone costs on our output, against ruff format: the floor under a cold generation.

For the specs the generation targets are about, both formatters reformat a copy of the package
the generation benchmark wrote (already black-formatted, so this is black's parse + format cost
at its cheapest, not a measure of edits). A cold generation cannot take less than formatting
its output, so black's wall here, set against the peers' whole runs, says whether a target is
reachable while black formats the output. black runs with ``--fast`` (no AST safety check, like
the generator's in-process ``format_str``), one worker per core and a fresh cache directory;
ruff with the same line length and target. Medians of 3, interleaved.

    .venv/bin/python bench/formatter_probe.py     # after bench/gen_bench.py
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import PY, load, loadavg, measure, save, summary

ROUNDS = 3
SPECS = ("finerworks", "twilio", "vault")
CORES = os.cpu_count() or 1
_BLACK_ARGS = ["-q", "--fast", "--line-length", "120", "--target-version", "py310", "--workers", str(CORES), "PKG"]
# The same black with Python's cyclic garbage collector off in it and its forked workers: the
# lowest black can cost (the generator's workers pause the collector too, but collect now and then).
_NO_GC = 'import gc, sys; gc.disable(); sys.argv[0] = "black"; from black import patched_main; patched_main()'
# Each tool's command line; the program is looked up in the project venv, PKG is the package copy.
_ARGV = {
    "black": ["black", *_BLACK_ARGS],
    "black-no-gc": ["python", "-c", _NO_GC, *_BLACK_ARGS],
    "ruff": ["ruff", "format", "--no-cache", "--line-length", "120", "--target-version", "py310", "PKG"],
}
TOOLS = tuple(_ARGV)
COMMANDS = {
    tool: shlex.join(argv) + ("  # fresh BLACK_CACHE_DIR" if tool != "ruff" else "") for tool, argv in _ARGV.items()
}


def command(tool: str, pkg: Path) -> list[str]:
    """The command line of ``tool`` with the project venv's program and a real package path."""
    program, *args = _ARGV[tool]
    return [str(PY.parent / program), *(str(pkg) if arg == "PKG" else arg for arg in args)]


def probe(src: Path) -> dict[str, object]:
    samples: dict[str, list[dict[str, float]]] = {tool: [] for tool in TOOLS}
    changed: dict[str, int] = {}
    for rnd in range(ROUNDS):
        for tool in TOOLS[rnd % len(TOOLS) :] + TOOLS[: rnd % len(TOOLS)]:
            # outside the repository: black and ruff skip .gitignored / excluded paths such as .bench/
            work = Path(tempfile.gettempdir()) / f"bench-fmt-{uuid.uuid4().hex}"
            shutil.copytree(src, work / "pkg")
            env = {**os.environ, "BLACK_CACHE_DIR": str(work / "cache")}
            run = measure(command(tool, work / "pkg"), env=env, timeout=300, log=work / "log", cwd=work)
            diff = subprocess.run(["diff", "-rq", str(src), str(work / "pkg")], capture_output=True, text=True)
            changed[tool] = len(diff.stdout.splitlines())
            samples[tool].append({"wall": run.wall, "cpu": run.cpu, "ok": float(run.rc == 0)})
            shutil.rmtree(work, ignore_errors=True)
    result: dict[str, object] = {
        "files": len(list(src.rglob("*.py"))),
        "bytes": sum(p.stat().st_size for p in src.rglob("*.py")),
        "files_changed": changed,
    }
    for tool, rows in samples.items():
        result[tool] = {"wall": summary([r["wall"] for r in rows]), "cpu": summary([r["cpu"] for r in rows]),
                        "all_ok": all(r["ok"] for r in rows)}  # fmt: skip
    return result


def main() -> int:
    gen = load("gen")
    specs = gen.get("specs", {}) if isinstance(gen, dict) else {}
    results: dict[str, object] = {"load_before": loadavg(), "commands": COMMANDS, "cores": CORES, "specs": {}}
    for name in SPECS:
        out = specs.get(name, {}).get("ours_output")
        if not out or not (Path(out) / "pkg").is_dir():
            print(f"[formatters] {name}: no output of ours from the generation benchmark; skipped", file=sys.stderr)
            continue
        row = probe(Path(out) / "pkg")
        results["specs"][name] = row  # type: ignore[index]
        print(f"[formatters] {name}: " + "; ".join(f"{t} {row[t]['wall']['median']:.2f} s" for t in TOOLS),  # type: ignore[index]
              file=sys.stderr)  # fmt: skip
        save("formatters", results)
    results["load_after"] = loadavg()
    save("formatters", results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
