"""Import time of the generated packages vs ``import httpx, pydantic``.

Every sample is a fresh interpreter that times its own statement with perf_counter (interpreter
start-up excluded); cases are interleaved round by round, after one untimed run of each that
writes the bytecode caches. The vault package (1,000+ operations) comes from the generation
benchmark's output, or is generated here if that is missing.

    .venv/bin/python bench/import_bench.py
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import CORPUS, PY, ROOT, WORK, load, loadavg, save, summary

ROUNDS = int(os.environ.get("BENCH_IMPORT_ROUNDS", "15"))
BUDGET = float(os.environ.get("BENCH_IMPORT_BUDGET", "150"))
SNIPPET = "import time\nt = time.perf_counter()\n{stmt}\nprint(time.perf_counter() - t)\n"


def vault_package() -> Path:
    """The folder that holds vault's generated ``pkg``."""
    gen = load("gen")
    if isinstance(gen, dict):
        out = gen.get("specs", {}).get("vault", {}).get("ours_output")
        if out and (Path(out) / "pkg" / "__init__.py").exists():
            return Path(out)
    out = WORK / "work" / "import" / "vault"
    if not (out / "pkg" / "__init__.py").exists():
        shutil.rmtree(out, ignore_errors=True)
        cache = WORK / "work" / "import" / "cache"
        env = {**os.environ, "GENERATOR_CACHE_DIR": str(cache)}
        cmd = [str(PY), "-m", "generator", "--spec", str(CORPUS / "vault.json"), "--out", str(out), "--package", "pkg",
               "-q"]  # fmt: skip
        subprocess.run(cmd, check=True, env=env, cwd=ROOT, timeout=400)
    return out


def resources(pkg: Path) -> list[tuple[str, int]]:
    """(attribute, size of its module in bytes) of every resource of the sync client."""
    text = (pkg / "_client.py").read_text(encoding="utf-8")
    names = re.findall(r"@cached_property\n    def (\w+)\(self\) -> (\w+):", text)
    seen, out = set(), []
    for attr, _cls in names:
        if attr in seen:
            continue
        seen.add(attr)
        module = pkg / "resources" / f"{attr}.py"
        out.append((attr, module.stat().st_size if module.exists() else 0))
    return out


def main() -> int:
    started = time.monotonic()
    vault = vault_package()
    res = resources(vault / "pkg")
    first = res[0][0]
    largest = max(res, key=lambda r: r[1])[0]
    fw_path = str(ROOT / "generated")
    cases: dict[str, tuple[str, str]] = {
        "baseline: import httpx, pydantic": ("import httpx, pydantic", fw_path),
        "baseline + httpx.Client()": ("import httpx, pydantic; httpx.Client()", fw_path),
        "import finerworks": ("import finerworks", fw_path),
        "import finerworks; finerworks.FinerWorks": ("import finerworks; finerworks.FinerWorks", fw_path),
        "finerworks: client + .images": (
            "import finerworks; finerworks.FinerWorks(web_api_key='k', app_key='a').images",
            fw_path,
        ),
        "import pkg (vault)": ("import pkg", str(vault)),
        "import pkg; pkg.Pkg (vault)": ("import pkg; pkg.Pkg", str(vault)),
        f"vault: client + .{first} (first resource)": (
            f"import pkg; pkg.Pkg(base_url='http://127.0.0.1:9').{first}",
            str(vault),
        ),
        f"vault: client + .{largest} (largest resource)": (
            f"import pkg; pkg.Pkg(base_url='http://127.0.0.1:9').{largest}",
            str(vault),
        ),
    }

    def once(stmt: str, path: str) -> float:
        env = {**os.environ, "PYTHONPATH": path}
        res = subprocess.run([str(PY), "-c", SNIPPET.format(stmt=stmt)], capture_output=True, text=True, env=env,
                             cwd=WORK, timeout=60)  # fmt: skip
        if res.returncode != 0:
            raise RuntimeError(f"{stmt!r} failed: {res.stderr.strip().splitlines()[-1:]}")
        return float(res.stdout.strip().splitlines()[-1]) * 1000

    for stmt, path in cases.values():  # bytecode caches written, files in the page cache
        once(stmt, path)
    samples: dict[str, list[float]] = {name: [] for name in cases}
    names = list(cases)
    for rnd in range(ROUNDS):
        if time.monotonic() - started > BUDGET:
            break
        order = names[rnd % len(names) :] + names[: rnd % len(names)]
        for name in order:
            samples[name].append(once(*cases[name]))
    # what the lazy client import costs, by module (one -X importtime run)
    env = {**os.environ, "PYTHONPATH": fw_path}
    proc = subprocess.run([str(PY), "-X", "importtime", "-c", "import finerworks; finerworks.FinerWorks"],
                          capture_output=True, text=True, env=env, cwd=WORK, timeout=60)  # fmt: skip
    top = []
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if m:
            top.append({"module": m.group(4), "self_us": int(m.group(1)), "cumulative_us": int(m.group(2)),
                        "depth": len(m.group(3)) // 2})  # fmt: skip
    top_level = sorted((t for t in top if t["depth"] <= 1), key=lambda t: -int(t["cumulative_us"]))[:10]
    base = summary(samples[names[0]])["median"]
    out = {
        "rounds": ROUNDS,
        "load_before": None,
        "cases": {
            name: {"stmt": cases[name][0], **summary(vals), "ratio_to_baseline": summary(vals)["median"] / base}
            for name, vals in samples.items()
        },
        "samples": samples,
        "vault_resources": res,
        "vault_package_bytes": sum(p.stat().st_size for p in (vault / "pkg").rglob("*.py")),
        "importtime_top": top_level,
        "load_after": loadavg(),
        "elapsed_s": time.monotonic() - started,
    }
    save("imports", out)
    for name, c in out["cases"].items():  # type: ignore[union-attr]
        print(f"[imports] {name:50} {c['median']:7.1f} ms  x{c['ratio_to_baseline']:.2f}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
