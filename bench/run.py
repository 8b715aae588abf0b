"""``make bench``: run the benchmarks, then write docs/benchmarks.md from their results.

    .venv/bin/python bench/run.py                 # everything (~20-25 minutes on 2 cores)
    .venv/bin/python bench/run.py --report-only   # rewrite the doc from .bench/results/*.json
    .venv/bin/python bench/run.py --only client   # one part (gen, client, imports, formatters, concurrency),
                                                  # then the doc; the other parts' text is kept when their
                                                  # results are not in .bench/results

Environment knobs: BENCH_FULL=1 (3 rounds for box and asana too), BENCH_SPECS=a,b (subset),
BENCH_GEN_BUDGET / BENCH_CLIENT_BUDGET / BENCH_IMPORT_BUDGET / BENCH_CONC_BUDGET (seconds).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import PEERS, PY, ROOT, load, loadavg, machine, pip_versions, python_version, save

HERE = Path(__file__).resolve().parent
PARTS = {
    "gen": ([str(PY), str(HERE / "gen_bench.py")], {}, 1500),
    "client": ([str(PY), str(HERE / "client_bench.py")], {"PYTHONPATH": str(ROOT / "generated")}, 400),
    "imports": ([str(PY), str(HERE / "import_bench.py")], {}, 600),
    "formatters": ([str(PY), str(HERE / "formatter_probe.py")], {}, 400),
    "concurrency": ([str(PY), str(HERE / "concurrency_bench.py")], {"PYTHONPATH": str(ROOT / "generated")}, 600),
}
OURS_PACKAGES = ["black", "datamodel-code-generator", "Jinja2", "PyYAML", "openapi-spec-validator", "pydantic",
                 "pydantic-core", "httpx", "httpcore", "h11"]  # fmt: skip
PEER_PACKAGES = ["openapi-python-client", "datamodel-code-generator", "ruff", "black", "pydantic", "Jinja2"]


def git(*args: str) -> str:
    res = subprocess.run(["git", *args], capture_output=True, text=True, cwd=ROOT)
    return res.stdout.strip()


def environment(started: str, elapsed: dict[str, float]) -> None:
    previous = load("env")
    dirty = git("status", "--porcelain", "--", "generator", "templates", "generated")
    sha = git("rev-parse", "--short", "HEAD")
    head = sha + (f" + {len(dirty.splitlines())} modified files" if dirty else "")
    parts = {name: {"date": started, "git": head} for name in elapsed}
    if isinstance(previous, dict) and set(elapsed) != set(PARTS):  # a partial run keeps the other parts' times
        elapsed = {**previous.get("elapsed_s", {}), **elapsed}
        parts = {**previous.get("parts", {}), **parts}
        started = previous.get("date", started)
    save(
        "env",
        {
            "date": started,
            "machine": machine(),
            "python_ours": python_version(PY),
            "python_peers": python_version(PEERS / "bin" / "python") if (PEERS / "bin" / "python").exists() else "-",
            "ours": pip_versions(PY, OURS_PACKAGES),
            "peers": pip_versions(PEERS / "bin" / "python", PEER_PACKAGES) if PEERS.exists() else {},
            "git_head": sha,
            "git_dirty_files": len(dirty.splitlines()) if dirty else 0,
            "elapsed_s": elapsed,
            "parts": parts,
            "load_end": loadavg(),
        },
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--report-only", action="store_true")
    parser.add_argument("--only", choices=sorted(PARTS), action="append")
    args = parser.parse_args()
    started = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    elapsed: dict[str, float] = {}
    status = 0
    if not args.report_only:
        for name in args.only or list(PARTS):
            cmd, extra, timeout = PARTS[name]
            print(f"== bench: {name}", file=sys.stderr, flush=True)
            t = time.monotonic()
            try:
                rc = subprocess.run(cmd, env={**os.environ, **extra}, cwd=ROOT, timeout=timeout).returncode
            except subprocess.TimeoutExpired:
                rc = 124
            elapsed[name] = time.monotonic() - t
            if rc != 0:
                print(f"bench {name} failed (exit {rc}); the doc shows what was measured", file=sys.stderr)
                status = 1
        environment(started, elapsed)
    from report import write

    path = write(ROOT / "docs" / "benchmarks.md")
    print(f"wrote {path}", file=sys.stderr)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
