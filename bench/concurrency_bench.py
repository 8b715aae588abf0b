"""The generated FinerWorks client under bulk concurrency, side by side with bare httpx.

A loopback server (bench/server.py, another process) holds every answer back a fixed delay, so
requests pile up in the connection pool the way they do against a slow real API. Cases:

* ``async``: 500 asyncio tasks × 4 calls each, the server answering after 0.25 s, ``timeout=10``
  (issue 13's reproduction: 1,600 of 2,000 calls failed with httpx's default pool of 100/20);
* ``async-single``: 500 tasks × 1 call, ``timeout=1`` (issue 13: all 500 failed, the server saw none);
* ``threads``: 64 threads × 60 calls on one shared sync client, the server answering after 20 ms,
  ``timeout=10``;
* ``threads-160``: 160 threads × 30 calls, the server answering after 0.5 s (so that nearly all 160
  are in flight at once): more connections than the 100 the pool keeps alive, the condition of
  httpcore's pool race (encode/httpcore#1110); one run per variant, a probe.

Variants, each with a fresh client (cold pool) per run:

* ``client``: the generated client, ``client.images.delete(guids=GUIDS, library=None)``, default
  options (pool of 1,000 connections / 100 kept alive, ``max_retries=2``); ``client@M/K`` passes
  ``connection_limits=httpx.Limits(max_connections=M, max_keepalive_connections=K)``;
* ``httpx``: bare httpx with the client's pool limits and the same timeout,
  ``http.request("DELETE", url, json=BODY, headers=HEADERS).json()``, no retries; ``httpx@M/K``
  with those limits;
* ``httpx-defaults``: bare httpx with its default pool (100 / 20), what the client had before issue 13.

Per run: errors by type, throughput, latency percentiles, calls that took at least 90% of the read
timeout (a request whose connection the pool closed under it, encode/httpcore#1110, waits out the
whole read timeout), the client's retries (counted by wrapping its ``_log_retry``, which runs only
on a retry), and the requests and connections the server counted. Variants are interleaved run
by run, the order rotating.

    PYTHONPATH=generated .venv/bin/python bench/concurrency_bench.py

Knobs: BENCH_CONC_ROUNDS (runs of the main variants, 3), BENCH_CONC_CASES (a comma list of the
cases), BENCH_CONC_THREAD_CALLS (calls per thread in ``threads``, 60), BENCH_CONC_BUDGET (420 s),
BENCH_CONC_FULL=1 (also the client with pools keeping alive as many connections as requests in flight:
``client@1000/1000`` in ``async``, ``client@1000/200`` in ``threads-160``; ~2 minutes more).
About 5 minutes on 2 shared cores.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import load, loadavg, save, summary

import httpx

import finerworks
from finerworks import _base_client

GUIDS = ["0f8fad5b-d9cb-469f-a165-70867728950e", "7c9e6679-7425-40de-944b-e07fc1f90ae7"]
BODY = {"guids": GUIDS, "library": None}
HEADERS = {"web_api_key": "bench-key", "app_key": "bench-app", "Accept": "application/json"}
SAME_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)  # the client's defaults
HTTPX_DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)
ROUNDS = int(os.environ.get("BENCH_CONC_ROUNDS", "3"))
BUDGET = float(os.environ.get("BENCH_CONC_BUDGET", "420"))
THREAD_CALLS = int(os.environ.get("BENCH_CONC_THREAD_CALLS", "60"))
FULL = os.environ.get("BENCH_CONC_FULL") == "1"
R = ROUNDS
# variants: runs of each; the references run once (httpx-defaults in the async case alone takes ~1 min). The
# async case swings most from run to run (the pool's two regimes, see docs/benchmarks.md), so it runs 2 more times.
CASES: dict[str, dict[str, Any]] = {
    "async": {"mode": "async", "workers": 500, "calls": 4, "delay": 0.25, "timeout": 10.0,
              "variants": {"client": R + 2, "httpx": R + 2, "httpx-defaults": 1,
                           **({"client@1000/1000": 1} if FULL else {})}},
    "async-single": {"mode": "async", "workers": 500, "calls": 1, "delay": 0.25, "timeout": 1.0,
                     "variants": {"client": R, "httpx": R, "httpx-defaults": 1}},
    "threads": {"mode": "threads", "workers": 64, "calls": THREAD_CALLS, "delay": 0.02, "timeout": 10.0,
                "variants": {"client": R, "httpx": R, "httpx-defaults": 1}},
    "threads-160": {"mode": "threads", "workers": 160, "calls": 30, "delay": 0.5, "timeout": 10.0,
                    "variants": {"client": 1, "httpx": 1, "httpx-defaults": 1, **({"client@1000/200": 1} if FULL else {})}},
}  # fmt: skip
RETRIES: Counter[str] = Counter()
_RETRY_LOCK = threading.Lock()


def _count_retries() -> None:
    """Count the client's retries by reason: wrap ``_log_retry``, which runs only when it retries."""
    original = getattr(_base_client, "_log_retry", None)
    if original is None:
        return

    def counting(built: Any, attempt: int, reason: str, delay: float) -> None:
        with _RETRY_LOCK:
            RETRIES[reason] += 1
        original(built, attempt, reason, delay)

    _base_client._log_retry = counting  # type: ignore[attr-defined]


@dataclass
class Server:
    proc: subprocess.Popen[bytes]
    port: int

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stats(self) -> dict[str, int]:
        """Requests and connections since the previous call (urllib: outside the pools measured)."""
        with urllib.request.urlopen(f"{self.base}/__stats", timeout=30) as resp:
            return json.loads(resp.read())  # type: ignore[no-any-return]

    def stop(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def start_server(delay: float) -> Server:
    script = Path(__file__).with_name("server.py")
    cmd = [sys.executable, str(script), "--lifetime", str(BUDGET + 300), "--delay", str(delay)]
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert proc.stdout is not None
    return Server(proc, int(proc.stdout.readline()))


def error_name(exc: BaseException) -> str:
    """``APITimeoutError(PoolTimeout)``: the package's class and the httpx error under it."""
    cause = exc.__cause__ or exc.__context__
    name = type(exc).__name__
    if cause is not None and not isinstance(exc, httpx.HTTPError):
        name += f"({type(cause).__name__})"
    return name


def limits_of(variant: str) -> httpx.Limits | None:
    """The pool limits a variant names: ``httpx@100/20`` (max connections / kept alive), else the defaults."""
    if "@" in variant:
        most, keep = variant.split("@", 1)[1].split("/")
        return httpx.Limits(max_connections=int(most), max_keepalive_connections=int(keep))
    if variant.startswith("client"):
        return None
    return SAME_LIMITS if variant == "httpx" else HTTPX_DEFAULT_LIMITS


class PoolPeak:
    """The most connections the httpcore pool under ``http`` held at once, sampled every 5 ms from a thread.

    Private attributes of httpx and httpcore, read only: the surplus-close path of encode/httpcore#1110
    runs only while the pool holds more connections than it keeps alive.
    """

    def __init__(self, http: Any) -> None:
        self.pool = getattr(getattr(http, "_transport", None), "_pool", None)
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self) -> None:
        while not self._stop.wait(0.005):
            self.peak = max(self.peak, len(getattr(self.pool, "_connections", ())))

    def __enter__(self) -> PoolPeak:
        if self.pool is not None:
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()


def async_caller(variant: str, base: str, timeout: float) -> tuple[Any, Any, Any]:
    """(the call, the closer, the httpx client) of one variant, on a fresh client."""
    limits = limits_of(variant)
    if variant.startswith("client"):
        client = finerworks.AsyncFinerWorks(
            web_api_key="bench-key", app_key="bench-app", base_url=base, timeout=timeout, connection_limits=limits
        )
        images = client.images

        async def call() -> None:
            await images.delete(guids=GUIDS, library=None)

        return call, client.close, client._http
    http = httpx.AsyncClient(timeout=timeout, limits=limits)
    url = f"{base}/delete_images"

    async def raw() -> None:
        (await http.request("DELETE", url, json=BODY, headers=HEADERS)).raise_for_status().json()

    return raw, http.aclose, http


def sync_caller(variant: str, base: str, timeout: float) -> tuple[Any, Any, Any]:
    limits = limits_of(variant)
    if variant.startswith("client"):
        client = finerworks.FinerWorks(
            web_api_key="bench-key", app_key="bench-app", base_url=base, timeout=timeout, connection_limits=limits
        )
        images = client.images
        return (lambda: images.delete(guids=GUIDS, library=None)), client.close, client._http
    http = httpx.Client(timeout=timeout, limits=limits)
    url = f"{base}/delete_images"

    def raw() -> None:
        http.request("DELETE", url, json=BODY, headers=HEADERS).raise_for_status().json()

    return raw, http.close, http


EXAMPLES: dict[str, str] = {}  # the first message of each kind of error, for the report


def record(errors: Counter[str], exc: BaseException) -> None:
    name = error_name(exc)
    errors[name] += 1
    EXAMPLES.setdefault(name, str(exc)[:160])


def run_async(variant: str, case: dict[str, Any], base: str) -> tuple[list[float], Counter[str], float, int]:
    latencies: list[float] = []
    errors: Counter[str] = Counter()

    async def worker(call: Any) -> None:
        for _ in range(case["calls"]):
            t = time.perf_counter()
            try:
                await call()
            except Exception as exc:  # what the caller of each variant would see
                record(errors, exc)
            latencies.append(time.perf_counter() - t)

    async def main() -> tuple[float, int]:
        call, close, http = async_caller(variant, base, case["timeout"])
        with PoolPeak(http) as peak:
            t = time.perf_counter()
            await asyncio.gather(*(worker(call) for _ in range(case["workers"])))
            wall = time.perf_counter() - t
        await close()
        return wall, peak.peak

    wall, peak = asyncio.run(main())
    return latencies, errors, wall, peak


def run_threads(variant: str, case: dict[str, Any], base: str) -> tuple[list[float], Counter[str], float, int]:
    call, close, http = sync_caller(variant, base, case["timeout"])
    per_thread: list[list[float]] = [[] for _ in range(case["workers"])]
    errors: Counter[str] = Counter()
    lock = threading.Lock()
    start = threading.Barrier(case["workers"] + 1)

    def worker(out: list[float]) -> None:
        start.wait()
        for _ in range(case["calls"]):
            t = time.perf_counter()
            try:
                call()
            except Exception as exc:
                with lock:
                    record(errors, exc)
            out.append(time.perf_counter() - t)

    threads = [threading.Thread(target=worker, args=(out,), daemon=True) for out in per_thread]
    for th in threads:
        th.start()
    with PoolPeak(http) as peak:
        start.wait()
        t = time.perf_counter()
        for th in threads:
            th.join()
        wall = time.perf_counter() - t
    close()
    return [x for out in per_thread for x in out], errors, wall, peak.peak


def one_run(variant: str, name: str, case: dict[str, Any], server: Server) -> dict[str, Any]:
    server.stats()  # reset the counters
    RETRIES.clear()
    cpu = time.process_time()
    run = run_async if case["mode"] == "async" else run_threads
    latencies, errors, wall, peak = run(variant, case, server.base)
    cpu = time.process_time() - cpu
    seen = server.stats()
    calls = case["workers"] * case["calls"]
    lat = sorted(latencies)
    # a call held for the whole read timeout; not told apart from a slow call when the timeout is short
    stalled = sum(1 for x in lat if x >= 0.9 * case["timeout"]) if case["timeout"] >= 5 else None
    failed = sum(errors.values())
    row = {
        "variant": variant,
        "calls": calls,
        "ok": calls - failed,
        "errors": dict(errors),
        "wall_s": wall,
        "ok_per_s": (calls - failed) / wall,
        "cpu_s": cpu,
        "p50_ms": lat[len(lat) // 2] * 1e3,
        "p99_ms": lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1e3,
        "max_ms": lat[-1] * 1e3,
        "stalled": stalled,
        "retries": dict(RETRIES),
        "peak_pool_connections": peak,
        "server_requests": seen["requests"],
        "server_connections": seen["connections"],
    }
    print(f"[concurrency] {name:12} {variant:14} ok {row['ok']:>6}/{calls} errors {failed:>5} "
          f"{row['ok_per_s']:7.0f}/s wall {wall:6.2f}s p99 {row['p99_ms']:7.0f}ms max {row['max_ms']:7.0f}ms "
          f"stalled {stalled} retries {sum(RETRIES.values())} peak pool {peak} server req {seen['requests']} conn {seen['connections']}"
          f"{' ' + json.dumps(dict(errors)) if errors else ''}", file=sys.stderr, flush=True)  # fmt: skip
    return row


def aggregate(runs: list[dict[str, Any]]) -> dict[str, Any]:
    errors: Counter[str] = Counter()
    for r in runs:
        errors.update(r["errors"])
    return {
        "runs": len(runs),
        "calls": sum(r["calls"] for r in runs),
        "failed": sum(errors.values()),
        "errors": dict(errors),
        "stalled": None if runs[0]["stalled"] is None else sum(r["stalled"] for r in runs),
        "ok_per_s": summary([r["ok_per_s"] for r in runs]),
        "wall_s": summary([r["wall_s"] for r in runs]),
        "cpu_ms_per_call": summary([r["cpu_s"] / r["calls"] * 1e3 for r in runs]),
        "p50_ms": summary([r["p50_ms"] for r in runs]),
        "p99_ms": summary([r["p99_ms"] for r in runs]),
        "max_ms": summary([r["max_ms"] for r in runs]),
        "retries": sum(sum(r["retries"].values()) for r in runs),
        "retry_reasons": dict(sum((Counter(r["retries"]) for r in runs), Counter())),
        "extra_requests": sum(r["server_requests"] for r in runs) - sum(r["calls"] for r in runs),
        "connections": summary([r["server_connections"] for r in runs]),
    }


def main() -> int:
    started = time.monotonic()
    _count_retries()
    wanted = os.environ.get("BENCH_CONC_CASES", ",".join(CASES)).split(",")
    results: dict[str, Any] = {"rounds": ROUNDS, "load_before": loadavg(), "cases": {}, "skipped": []}
    for name in wanted:
        case = CASES[name]
        server = start_server(case["delay"])
        variants = list(case["variants"])
        runs: dict[str, list[dict[str, Any]]] = {v: [] for v in variants}
        try:
            for rnd in range(max(case["variants"].values())):
                order = variants[rnd % len(variants) :] + variants[: rnd % len(variants)]
                for variant in order:
                    if rnd >= case["variants"][variant]:
                        continue
                    if time.monotonic() - started > BUDGET:
                        results["skipped"].append(f"{name}/{variant} run {rnd + 1}")
                        continue
                    runs[variant].append(one_run(variant, name, case, server))
        finally:
            server.stop()
        results["cases"][name] = {
            **{k: v for k, v in case.items() if k != "variants"},
            "variants": {v: {**aggregate(rr), "per_run": rr} for v, rr in runs.items() if rr},
        }
    results["load_after"] = loadavg()
    results["elapsed_s"] = time.monotonic() - started
    results["error_examples"] = EXAMPLES
    results["versions"] = {"httpx": httpx.__version__, "httpcore": _version("httpcore")}
    save("concurrency", results)
    remember(results)
    for name, case in results["cases"].items():
        for v, agg in case["variants"].items():
            print(f"[concurrency] {name} {v}: {agg['failed']}/{agg['calls']} failed, stalled {agg['stalled']}, "
                  f"{statistics.median([r['ok_per_s'] for r in agg['per_run']]):.0f} ok/s", file=sys.stderr)  # fmt: skip
    return 0


def remember(results: dict[str, Any]) -> None:
    """Add the threaded runs' failures, stalls and retries to .bench/results/concurrency-history.json.

    The pool race strikes about once in several thousand calls, too rarely for one run to say much;
    the report sums every run recorded on this machine, with the httpx and httpcore versions of each.
    """
    history = load("concurrency-history")
    entries: list[dict[str, Any]] = history if isinstance(history, list) else []
    for name, case in results["cases"].items():
        if case["mode"] != "threads":
            continue
        for variant, agg in case["variants"].items():
            entries.append({
                "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "case": name, "variant": variant,
                "workers": case["workers"], "delay": case["delay"], "versions": results["versions"],
                "calls": agg["calls"], "failed": agg["failed"], "errors": agg["errors"], "stalled": agg["stalled"],
                "retries": agg["retries"], "retry_reasons": agg["retry_reasons"],
            })  # fmt: skip
    save("concurrency-history", entries)


def _version(dist: str) -> str:
    from importlib import metadata

    return metadata.version(dist)


if __name__ == "__main__":
    raise SystemExit(main())
