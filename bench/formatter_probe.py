"""How much a faster formatter could save: black vs ruff format over our generated vault package.

Both reformat a copy of the package the generation benchmark wrote (already black-formatted, so
this is the parse + format cost, not a measure of the edits). black runs with ``--fast`` (no AST
safety check, like the generator's in-process ``format_str``) and a fresh cache directory;
ruff with the same line length and target. Medians of 3, interleaved.

    .venv/bin/python bench/formatter_probe.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import sys
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import PY, ROOT, load, loadavg, measure, save, summary

ROUNDS = 3


def main() -> int:
    gen = load("gen")
    src = None
    if isinstance(gen, dict):
        out = gen.get("specs", {}).get("vault", {}).get("ours_output")
        if out and (Path(out) / "pkg").is_dir():
            src = Path(out) / "pkg"
    if src is None:
        print("[formatters] no vault output from the generation benchmark; skipped", file=sys.stderr)
        return 0
    bin_dir = PY.parent
    results: dict[str, object] = {"load_before": loadavg(), "package": str(src.relative_to(ROOT))}
    samples: dict[str, list[dict[str, float]]] = {"black": [], "ruff": []}
    samples_files: dict[str, int] = {}
    for rnd in range(ROUNDS):
        for tool in ("black", "ruff") if rnd % 2 == 0 else ("ruff", "black"):
            # outside the repository: black and ruff skip .gitignored / excluded paths such as .bench/
            work = Path(tempfile.gettempdir()) / f"bench-fmt-{uuid.uuid4().hex}"
            shutil.copytree(src, work / "pkg")
            env = {**os.environ, "BLACK_CACHE_DIR": str(work / "cache")}
            if tool == "black":
                cmd = [str(bin_dir / "black"), "-q", "--fast", "--line-length", "120", "--target-version", "py310",
                       "--workers", str(os.cpu_count() or 1), str(work / "pkg")]  # fmt: skip
            else:
                cmd = [str(bin_dir / "ruff"), "format", "--no-cache", "--line-length", "120", "--target-version",
                       "py310", str(work / "pkg")]  # fmt: skip
            run = measure(cmd, env=env, timeout=300, log=work / "log", cwd=work)
            changed = subprocess.run(["diff", "-rq", str(src), str(work / "pkg")], capture_output=True, text=True)
            samples_files[tool] = len(changed.stdout.splitlines())
            samples[tool].append({"wall": run.wall, "cpu": run.cpu, "ok": float(run.rc == 0)})
            shutil.rmtree(work, ignore_errors=True)
    results["commands"] = {
        "black": "black -q --fast --line-length 120 --target-version py310 --workers 2 PKG  # fresh BLACK_CACHE_DIR",
        "ruff": "ruff format --no-cache --line-length 120 --target-version py310 PKG",
    }
    for tool, rows in samples.items():
        results[tool] = {"wall": summary([r["wall"] for r in rows]), "cpu": summary([r["cpu"] for r in rows]),
                         "all_ok": all(r["ok"] for r in rows)}  # fmt: skip
    results["files_changed"] = samples_files
    results["files"] = len(list(src.rglob("*.py")))
    results["bytes"] = sum(p.stat().st_size for p in src.rglob("*.py"))
    results["load_after"] = loadavg()
    save("formatters", results)
    print(f"[formatters] black {results['black']} ruff {results['ruff']}", file=sys.stderr)  # type: ignore[index]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
