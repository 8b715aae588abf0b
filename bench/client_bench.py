"""Per-call overhead of the generated FinerWorks client vs bare httpx, sync and async.

A loopback server (bench/server.py, another process) answers every request with one fixed
JSON body over keep-alive. The same DELETE /delete_images request is sent by

* the generated client: ``client.images.delete(guids=GUIDS, library=None)`` (validates the
  arguments with pydantic, builds the request, sends it, checks the envelope and validates the
  response into ``DeleteImagesResponse``);
* bare httpx: ``http.request("DELETE", url, json=BODY, headers=HEADERS).json()`` on a
  ``httpx.Client`` / ``httpx.AsyncClient`` (one pool, keep-alive, no validation).

Many short rounds alternate which goes first; the headline ratio is the median of the ratios
taken within each round (paired), which the machine's drifting load does not skew. Then a
breakdown without the network (request building, response parsing) and a cProfile of the sync
client, to show where the time goes.

    PYTHONPATH=generated .venv/bin/python bench/client_bench.py
"""

from __future__ import annotations

import asyncio
import cProfile
import os
import pstats
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import loadavg, save, summary

import httpx

import finerworks
from finerworks.resources.images import _DELETE
from finerworks._base_client import RequestOptions

# Many short rounds, each a client block and an httpx block back to back: the load of this shared
# machine drifts within seconds, and a ratio taken inside one round cancels the drift.
ROUNDS = int(os.environ.get("BENCH_CLIENT_ROUNDS", "40"))
CALLS = int(os.environ.get("BENCH_CLIENT_CALLS", "250"))
WARMUP = 300
BUDGET = float(os.environ.get("BENCH_CLIENT_BUDGET", "150"))  # seconds for the timed rounds
GUIDS = ["0f8fad5b-d9cb-469f-a165-70867728950e", "7c9e6679-7425-40de-944b-e07fc1f90ae7"]
BODY = {"guids": GUIDS, "library": None}
HEADERS = {"web_api_key": "bench-key", "app_key": "bench-app", "Accept": "application/json"}


def start_server() -> tuple[subprocess.Popen[bytes], int]:
    server = Path(__file__).with_name("server.py")
    proc = subprocess.Popen(
        [sys.executable, str(server), "--lifetime", "300"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    assert proc.stdout is not None
    port = int(proc.stdout.readline())
    return proc, port


def per_call_us(elapsed: float, calls: int) -> float:
    return elapsed / calls * 1e6


def bench_sync(port: int, deadline: float) -> dict[str, object]:
    base = f"http://127.0.0.1:{port}"
    url = f"{base}/delete_images"
    client = finerworks.FinerWorks(web_api_key="bench-key", app_key="bench-app", base_url=base)
    bare = httpx.Client()

    def gen(n: int) -> float:
        images = client.images
        t = time.perf_counter()
        for _ in range(n):
            images.delete(guids=GUIDS, library=None)
        return time.perf_counter() - t

    def raw(n: int) -> float:
        t = time.perf_counter()
        for _ in range(n):
            bare.request("DELETE", url, json=BODY, headers=HEADERS).json()
        return time.perf_counter() - t

    result = client.images.delete(guids=GUIDS, library=None)
    assert result.status.success is True, result
    gen(WARMUP)
    raw(WARMUP)
    out = interleave(gen, raw, deadline)
    client.close()
    bare.close()
    return out


def bench_async(port: int, deadline: float) -> dict[str, object]:
    base = f"http://127.0.0.1:{port}"
    url = f"{base}/delete_images"

    async def run() -> dict[str, object]:
        client = finerworks.AsyncFinerWorks(web_api_key="bench-key", app_key="bench-app", base_url=base)
        bare = httpx.AsyncClient()
        samples: dict[str, list[float]] = {"client": [], "httpx": []}

        async def gen(n: int) -> float:
            images = client.images
            t = time.perf_counter()
            for _ in range(n):
                await images.delete(guids=GUIDS, library=None)
            return time.perf_counter() - t

        async def raw(n: int) -> float:
            t = time.perf_counter()
            for _ in range(n):
                (await bare.request("DELETE", url, json=BODY, headers=HEADERS)).json()
            return time.perf_counter() - t

        result = await client.images.delete(guids=GUIDS, library=None)
        assert result.status.success is True, result
        await gen(WARMUP)
        await raw(WARMUP)
        for rnd in range(ROUNDS):
            if time.monotonic() > deadline:
                break
            pair = [("client", gen), ("httpx", raw)]
            for name, fn in pair if rnd % 2 == 0 else pair[::-1]:
                samples[name].append(per_call_us(await fn(CALLS), CALLS))
        await client.close()
        await bare.aclose()
        return finish(samples)

    return asyncio.run(run())


def interleave(gen, raw, deadline: float) -> dict[str, object]:  # type: ignore[no-untyped-def]
    samples: dict[str, list[float]] = {"client": [], "httpx": []}
    for rnd in range(ROUNDS):
        if time.monotonic() > deadline:
            break
        pair = [("client", gen), ("httpx", raw)]
        for name, fn in pair if rnd % 2 == 0 else pair[::-1]:
            samples[name].append(per_call_us(fn(CALLS), CALLS))
    return finish(samples)


def finish(samples: dict[str, list[float]]) -> dict[str, object]:
    ratios = [c / h for c, h in zip(samples["client"], samples["httpx"], strict=False)]
    return {
        "client_us": summary(samples["client"]),
        "httpx_us": summary(samples["httpx"]),
        "ratio_of_medians": statistics.median(samples["client"]) / statistics.median(samples["httpx"]),
        "ratio_per_round": summary(ratios),
        "overhead_us": statistics.median(samples["client"]) - statistics.median(samples["httpx"]),
        "samples": samples,
    }


def loop_us(fn, n: int = 5000, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    best = []
    for _ in range(repeat):
        t = time.perf_counter()
        for _ in range(n):
            fn()
        best.append(per_call_us(time.perf_counter() - t, n))
    return statistics.median(best)


def breakdown() -> dict[str, object]:
    """The call, request building and response parsing without the network, µs per call."""
    base = "http://127.0.0.1:9"
    client = finerworks.FinerWorks(web_api_key="bench-key", app_key="bench-app", base_url=base)
    bare = httpx.Client()
    url = f"{base}/delete_images"
    options = RequestOptions()
    body = b'{"status":{"success":true,"status_code":200,"message":"","debug":null}}'
    request = httpx.Request("DELETE", url)

    # one response, its body already read: both parse the same bytes (httpx caches neither the JSON nor,
    # for .json(), the decoded text; the client's _parse reuses the cached .text)
    resp = httpx.Response(200, headers={"Content-Type": "application/json"}, content=body, request=request)
    resp.read()

    built = client._build(_DELETE, {}, dict(BODY), options)
    plain = bare.build_request("DELETE", url, json=BODY, headers=HEADERS)
    equivalence = {
        "client": {"method": built.request.method, "url": str(built.request.url),
                   "headers": sorted(k for k, _ in built.request.headers.raw), "body": built.request.read().decode()},
        "httpx": {"method": plain.method, "url": str(plain.url),
                  "headers": sorted(k for k, _ in plain.headers.raw), "body": plain.read().decode()},
    }  # fmt: skip
    # The whole call with the network replaced by an in-process transport answering the same bytes:
    # what each side costs in Python alone, free of the loopback server's scheduling noise.
    transport = httpx.MockTransport(
        lambda req: httpx.Response(200, headers={"Content-Type": "application/json"}, content=body)
    )
    mocked = finerworks.FinerWorks(
        web_api_key="bench-key", app_key="bench-app", base_url=base, http_client=httpx.Client(transport=transport)
    )
    mocked_bare = httpx.Client(transport=transport)
    fns = {
        "client_call_us": lambda: mocked.images.delete(guids=GUIDS, library=None),
        "httpx_call_us": lambda: mocked_bare.request("DELETE", url, json=BODY, headers=HEADERS).json(),
        "client_build_us": lambda: client._build(_DELETE, {}, {"guids": GUIDS, "library": None}, options),
        "httpx_build_us": lambda: bare.build_request("DELETE", url, json=BODY, headers=HEADERS),
        "client_parse_us": lambda: client._parse(_DELETE, resp),
        "httpx_json_us": lambda: resp.json(),
    }
    times: dict[str, list[float]] = {k: [] for k in fns}
    for rnd in range(9):  # interleaved, so that load from elsewhere hits all four alike
        for name in list(fns) if rnd % 2 == 0 else list(fns)[::-1]:
            times[name].append(loop_us(fns[name], n=3000, repeat=1))
    out: dict[str, object] = {
        **{k: statistics.median(v) for k, v in times.items()},
        "equivalence": {
            k: {kk: (vv if kk != "headers" else [h.decode() for h in vv]) for kk, vv in v.items()}
            for k, v in equivalence.items()
        },
    }
    for closable in (client, bare, mocked, mocked_bare):
        closable.close()
    return out


def profile(port: int) -> list[dict[str, object]]:
    """cProfile of 2000 sync client calls: the functions with the most own time."""
    base = f"http://127.0.0.1:{port}"
    client = finerworks.FinerWorks(web_api_key="bench-key", app_key="bench-app", base_url=base)
    images = client.images
    images.delete(guids=GUIDS, library=None)
    n = 2000
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(n):
        images.delete(guids=GUIDS, library=None)
    prof.disable()
    client.close()
    stats = pstats.Stats(prof)
    rows = []
    total = sum(v[2] for v in stats.stats.values())  # type: ignore[attr-defined]
    for (file, line, func), (_cc, nc, tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        rows.append({"where": f"{_short(file)}:{line}({func})", "calls_per_op": nc / n, "tottime_us_per_op": tt / n * 1e6,
                     "cumtime_us_per_op": ct / n * 1e6, "share": tt / total if total else 0.0})  # fmt: skip
    rows.sort(key=lambda r: -float(r["tottime_us_per_op"]))  # type: ignore[arg-type]
    # cumulative time of the client's own entry points, to split the call in phases
    return rows[:15]


def phases(port: int) -> dict[str, float]:
    """Cumulative profiled time per op of the main phases of a sync client call."""
    base = f"http://127.0.0.1:{port}"
    client = finerworks.FinerWorks(web_api_key="bench-key", app_key="bench-app", base_url=base)
    images = client.images
    images.delete(guids=GUIDS, library=None)
    n = 2000
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(n):
        images.delete(guids=GUIDS, library=None)
    prof.disable()
    client.close()
    stats = pstats.Stats(prof)
    wanted = {
        "call (whole operation)": ("_base_client.py", "call"),
        "_build (validate + build request)": ("_base_client.py", "_build"),
        "_checked (pydantic request validation + dump)": ("_base_client.py", "_checked"),
        "httpx.Client.send": ("httpx/_client.py", "send"),
        "_parse (envelope + pydantic response validation)": ("_base_client.py", "_parse"),
        "_log_response": ("_base_client.py", "_log_response"),
    }
    out: dict[str, float] = {}
    for label, (file_end, func) in wanted.items():
        for (file, _line, name), (_cc, _nc, _tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
            if name == func and file.endswith(file_end):
                out[label] = out.get(label, 0.0) + ct / n * 1e6
    return out


def build_profile() -> list[dict[str, object]]:
    """cProfile of the client's request building alone: where its extra time over httpx goes."""
    client = finerworks.FinerWorks(web_api_key="bench-key", app_key="bench-app", base_url="http://127.0.0.1:9")
    options = RequestOptions()
    n = 5000
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(n):
        client._build(_DELETE, {}, {"guids": GUIDS, "library": None}, options)
    prof.disable()
    client.close()
    stats = pstats.Stats(prof)
    rows = []
    for (file, line, func), (_cc, nc, tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        rows.append({"where": f"{_short(file)}:{line}({func})", "calls_per_op": nc / n,
                     "tottime_us_per_op": tt / n * 1e6, "cumtime_us_per_op": ct / n * 1e6})  # fmt: skip
    rows.sort(key=lambda r: -float(r["cumtime_us_per_op"]))  # type: ignore[arg-type]
    return rows[:25]


def _short(file: str) -> str:
    for marker in ("site-packages/", "generated/", "lib/python3"):
        if marker in file:
            return file.split(marker, 1)[1]
    return file


def main() -> int:
    started = time.monotonic()
    server, port = start_server()
    try:
        results: dict[str, object] = {"rounds": ROUNDS, "calls": CALLS, "warmup": WARMUP, "load_before": loadavg()}
        deadline = started + BUDGET
        results["sync"] = bench_sync(port, started + BUDGET / 2)
        print(f"[client] sync done {time.monotonic() - started:.0f}s", file=sys.stderr, flush=True)
        results["async"] = bench_async(port, deadline)
        print(f"[client] async done {time.monotonic() - started:.0f}s", file=sys.stderr, flush=True)
        results["breakdown"] = breakdown()
        results["phases_profiled_us"] = phases(port)
        results["profile_top"] = profile(port)
        results["build_profile"] = build_profile()
        results["load_after"] = loadavg()
        results["elapsed_s"] = time.monotonic() - started
    finally:
        assert server.stdin is not None
        server.stdin.close()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
    save("client", results)
    for mode in ("sync", "async"):
        r = results[mode]
        print(f"[client] {mode}: client {r['client_us']['median']:.1f} µs, httpx {r['httpx_us']['median']:.1f} µs, "  # type: ignore[index]
              f"ratio {r['ratio_of_medians']:.2f}", file=sys.stderr)  # type: ignore[index]  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
