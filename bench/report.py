"""Render docs/benchmarks.md from .bench/results/{env,gen,client,imports,formatters,concurrency}.json."""

from __future__ import annotations

import re
import statistics
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, load

TOOLS = {"ours": "ours", "opc": "openapi-python-client", "dmcg": "datamodel-codegen"}
STAGE_ORDER = ["load", "validate", "ir", "models", "render", "format", "models (wait)", "format (wait)", "validate (wait)",
               "write", "total"]  # fmt: skip


def med(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def f(value: float | None, unit: str = "", digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f}{unit}"


def spread(values: list[float], unit: str = " s", digits: int = 2) -> str:
    if not values:
        return "–"
    if len(values) == 1:
        return f"{values[0]:.{digits}f}{unit} (n=1)"
    return f"{statistics.median(values):.{digits}f}{unit} ({min(values):.{digits}f}–{max(values):.{digits}f})"


def verdict(value: float | None, limit: float) -> str:
    if value is None:
        return "not measured"
    if value <= limit:
        return f"**met** ({(1 - value / limit) * 100:.0f}% under the limit)"
    return f"**missed** by {(value / limit - 1) * 100:.0f}% ({value / limit:.2f}× the limit)"


def out_of_reach(floor: float | None, limit: float) -> str:
    """A note for a generation target that black alone, formatting our output, already misses."""
    if floor is None or floor <= limit:
        return ""
    return f"; out of reach while black formats the output: black alone takes {floor:.2f}× (see *The floor*)"


def runs(spec: dict[str, Any], tool: str, mode: str = "cold", ok: bool = True) -> list[dict[str, Any]]:
    return [r for r in spec["runs"] if r["tool"] == tool and r["mode"] == mode and (r["ok"] or not ok)]


def failure(spec: dict[str, Any], tool: str) -> str | None:
    bad = [r for r in spec["runs"] if r["tool"] == tool and not r["ok"]]
    return bad[0].get("error") if bad else None


def gen_section(gen: dict[str, Any], out: list[str]) -> dict[str, Any]:
    facts: dict[str, Any] = {}
    out.append("## 1. Generation: wall time, CPU time, peak memory\n")
    out.append(
        "Cold runs of the three tools are interleaved spec by spec, the order rotating each round. "
        "`wall` is the median with min–max in brackets; `cpu` is user+sys of the process tree (on a cold run our "
        "generator forks one worker per core at start, here 2, which run datamodel-code-generator and black while "
        "the main process renders, and it validates in one more process, so its cpu exceeds its wall). "
        "`RSS` is `ru_maxrss` from `wait4` (the largest single process of the tree, what `/usr/bin/time -v` "
        "reports); for our generator `tree` is the largest *sum* over its process tree, sampled every 50 ms (it "
        "starts helper processes), of RSS and of PSS: RSS counts the pages the forked workers share with the main "
        "process once per process, PSS divides them among the processes, so the PSS sum is the memory the tree "
        "really occupies. Ratios are of medians (wall).\n"
    )
    out.append("| spec | size | ops / models (ours) | ours cold wall | ours cpu | ours RSS / tree RSS / tree PSS | opc wall | opc RSS "
               "| dmcg wall | dmcg RSS | ours ÷ opc | ours ÷ dmcg |")  # fmt: skip
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, spec in gen["specs"].items():
        ours = runs(spec, "ours")
        row = [name, f"{spec['bytes'] / 1024:.0f} KiB"]
        row.append(f"{ours[0].get('operations', '?')} / {ours[0].get('models', '?')}" if ours else "–")
        row.append(spread([r["wall"] for r in ours]) if ours else f"FAILED: {failure(spec, 'ours')}")
        row.append(f(med([r["cpu"] for r in ours]), " s"))
        tree_pss = med([r.get("tree_pss_mb", 0.0) for r in ours]) or None  # None: measured before PSS was
        row.append(
            f"{f(med([r['maxrss_mb'] for r in ours]), '', 0)} / {f(med([r['tree_rss_mb'] for r in ours]), '', 0)} / "
            f"{f(tree_pss, '', 0)} MiB"
        )
        ratios = []
        for tool in ("opc", "dmcg"):
            peer = runs(spec, tool)
            err = failure(spec, tool)
            if peer:
                row.append(spread([r["wall"] for r in peer]))
                row.append(f"{med([r['maxrss_mb'] for r in peer]):.0f} MiB")
            else:
                row.append("FAILED" if err else "–")
                row.append(f"{med([r['maxrss_mb'] for r in runs(spec, tool, ok=False)]) or 0:.0f} MiB" if err else "–")
            if peer:
                facts[(name, "wall", tool)] = med([r["wall"] for r in peer])
            if peer and ours:
                ratio = med([r["wall"] for r in ours]) / med([r["wall"] for r in peer])  # type: ignore[operator]
                cpu_ratio = med([r["cpu"] for r in ours]) / med([r["cpu"] for r in peer])  # type: ignore[operator]
                ratios.append(f"{ratio:.2f}× (cpu {cpu_ratio:.2f}×)")
                facts[(name, tool)] = ratio
            else:
                ratios.append("–")
        row += ratios
        out.append("| " + " | ".join(row) + " |")
        if ours:
            facts[(name, "wall", "ours")] = med([r["wall"] for r in ours])
            facts[(name, "maxrss")] = med([r["maxrss_mb"] for r in ours])
            facts[(name, "tree")] = med([r["tree_rss_mb"] for r in ours])
            facts[(name, "tree pss")] = tree_pss
    out.append("")
    fails = []
    for name, spec in gen["specs"].items():
        for tool in ("ours", "opc", "dmcg"):
            err = failure(spec, tool)
            if err:
                bad = next(r for r in spec["runs"] if r["tool"] == tool and not r["ok"])
                fails.append(f"- **{TOOLS[tool]} on {name}** failed after {bad['wall']:.1f} s (exit {bad['rc']}), "
                             f"not retried. First error line: `{err}`")  # fmt: skip
    if fails:
        out.append("Failures (recorded once, not retried):\n")
        out += fails
        out.append("")
    shas = {r["sources_sha"] for spec in gen["specs"].values() for r in spec["runs"] if r.get("sources_sha")}
    if len(shas) > 1:
        out.append(f"⚠ generator/ or templates/ changed while the benchmark ran ({len(shas)} versions seen: "
                   f"{', '.join(sorted(shas))}); numbers of our generator mix those versions.\n")  # fmt: skip
    elif shas:
        out.append(f"generator/ + templates/ were the same in every run of ours (sources hash {shas.pop()}).\n")
    skipped = [f"{name}: {', '.join(spec['skipped'])}" for name, spec in gen["specs"].items() if spec["skipped"]]
    if skipped:
        out.append("Skipped because the time budget ran out: " + "; ".join(skipped) + "\n")
    notes = []
    for name, spec in gen["specs"].items():
        for r in runs(spec, "opc"):
            if r.get("skipped_endpoints"):
                notes.append(f"{name} ({r['skipped_endpoints']} endpoints)")
                break
    if notes:
        out.append("openapi-python-client exits 0 but leaves out endpoints it cannot parse (\"Endpoint will not be "
                   "generated\") on: " + ", ".join(notes) + "; our generator emits every operation.\n")  # fmt: skip
    sizes = []
    for name, spec in gen["specs"].items():
        cells = []
        for tool in ("ours", "opc", "dmcg"):
            rr = [r for r in runs(spec, tool) if "py_lines" in r]
            cells.append(f"{rr[-1]['py_lines']:,}" if rr else "–")
        sizes.append(f"| {name} | " + " | ".join(cells) + " |")
    out.append("<details><summary>Lines of Python written (ours / opc / dmcg)</summary>\n")
    out.append("| spec | ours | opc | dmcg |\n|---|---:|---:|---:|")
    out += sizes
    out.append("\n</details>\n")

    out.append("### Warm regeneration and the no-change shortcut (our generator)\n")
    out.append(
        "`fill cache`: first run with an empty `GENERATOR_CACHE_DIR` and no `--force` (cold, and it writes the "
        "black cache). `warm`: the spec copy gets one more trailing newline (new input fingerprint, same API) "
        "and the generator runs again into the same output with the same cache, so every black result is a "
        "cache hit. `shortcut`: the same command again with nothing changed. `edit summary` / `edit description`: "
        "the spec editor's loop, one real one-line edit of the data per run (a digit appended to the first "
        "operation `summary`, then to the first schema property `description`; the edits accumulate), same "
        "cache and output; `÷ opc` is against openapi-python-client's cold run on the same spec.\n"
    )
    out.append("| spec | cold (--force) | fill cache | warm | shortcut | warm ÷ opc | warm ÷ dmcg "
               "| edit summary | edit description | edit summary ÷ opc | edit description ÷ opc |")  # fmt: skip
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    old_rows = False
    for name, spec in gen["specs"].items():
        warm = runs(spec, "ours", "warm")
        if not warm:
            continue
        fill = runs(spec, "ours", "fill-cache")
        short = runs(spec, "ours", "shortcut")
        bad = [r for r in warm if r.get("shortcut")] + [r for r in short if not r.get("shortcut")]
        cells = [spread([r["wall"] for r in runs(spec, "ours")]), spread([r["wall"] for r in fill]),
                 spread([r["wall"] for r in warm]), spread([r["wall"] for r in short])]  # fmt: skip
        for tool in ("opc", "dmcg"):
            peer = runs(spec, tool)
            cells.append(f"{med([r['wall'] for r in warm]) / med([r['wall'] for r in peer]):.2f}×" if peer else "–")  # type: ignore[operator]
            if peer:
                facts[(name, tool, "warm")] = med([r["wall"] for r in warm]) / med([r["wall"] for r in peer])  # type: ignore[operator]
        if bad:
            cells[-1] += " ⚠ the shortcut fired on a warm run or missed on a shortcut run"
        edits = {kind: runs(spec, "ours", f"edit-{kind}") for kind in ("summary", "description")}
        cells += [spread([r["wall"] for r in found]) if found else "–" for found in edits.values()]
        opc = runs(spec, "opc")
        for kind, found in edits.items():
            if found and opc:
                ratio = med([r["wall"] for r in found]) / med([r["wall"] for r in opc])  # type: ignore[operator]
                facts[(name, "opc", f"edit-{kind}")] = ratio
                cells.append(f"{ratio:.2f}×")
            else:
                cells.append("–")
        mark = "" if spec.get("bytecode") else " †"
        old_rows = old_rows or bool(mark)
        out.append(f"| {name}{mark} | " + " | ".join(cells) + " |")
    if old_rows:
        out.append("\n† Measured before the bench removed `PYTHONDONTWRITEBYTECODE` from its environment (this "
                   "sandbox's shell sets it): our generator, which runs from source, recompiled its modules on "
                   "every run; the other rows write bytecode, as a user's shell does.")  # fmt: skip
    out.append("")

    out.append("### Where our generator's time goes (per-stage timings it prints on stderr)\n")
    out.append("Medians over the runs, in seconds; `share` is of the stage total. The `(wait)` stages are time "
               "the main process spends waiting for work done beside it: the models stage and black on the workers, "
               "openapi-spec-validator in its own process. The generator prints the stages "
               "only for runs over 1 s, so most warm runs have none (n=0).\n")  # fmt: skip
    for name in ("vault", "twilio", "box", "asana", "finerworks"):
        spec = gen["specs"].get(name)
        if not spec:
            continue
        cold = [r["stages"] for r in runs(spec, "ours") if r.get("stages")]
        warm = [r["stages"] for r in runs(spec, "ours", "warm") if r.get("stages")]
        if not cold:
            continue
        names = [s for s in STAGE_ORDER if any(s in st for st in cold + warm)]
        names += sorted({k for st in cold + warm for k in st} - set(names))
        total = med([st.get("total", 0.0) for st in cold]) or 1.0
        out.append(f"**{name}** (cold n={len(cold)}, warm n={len(warm)}; cold process wall "
                   f"{med([r['wall'] for r in runs(spec, 'ours')]):.2f} s, so interpreter start-up and imports "
                   f"outside the stages ≈ {med([r['wall'] for r in runs(spec, 'ours')]) - total:.2f} s)\n")  # type: ignore[operator]  # fmt: skip
        out.append("| stage | cold | share | warm |\n|---|---:|---:|---:|")
        for s in names:
            c = med([st.get(s, 0.0) for st in cold])
            w = med([st.get(s, 0.0) for st in warm]) if warm else None
            share = "" if s == "total" else f"{(c or 0) / total * 100:.0f}%"
            out.append(f"| {s} | {f(c)} | {share} | {f(w)} |")
        out.append("")
    return facts


def formatter_section(fmt: dict[str, Any], gfacts: dict[Any, Any], out: list[str]) -> dict[Any, float]:
    """Black alone on our output, against the peers' whole runs: the floor under a cold generation."""
    facts: dict[Any, float] = {}
    out.append("### The floor: black alone on our output (and ruff format for scale)\n")
    out.append(
        "A cold generation cannot take less than formatting what it writes. Here black and ruff format reformat a "
        "copy of the package our cold run wrote (already black-formatted, so black's parse + format cost at its "
        "cheapest), 3 interleaved runs each. black runs with `--fast` (no AST safety check, like the generator's "
        f"in-process `format_str`) and {fmt.get('cores', '?')} workers, once as is and once with Python's cyclic "
        "garbage collector off in it and its workers (`no gc`: the lowest black can cost; the generator's workers "
        "pause the collector too). `floor ÷ peer` sets the `no gc` wall against the peer's *whole* run: above a "
        "target's ratio, the target is out of reach while black formats the output, whatever the rest of the "
        "generator does.\n"
    )
    out.append("| spec | our Python | black wall | black cpu | no gc wall | no gc cpu | ruff wall | ruff cpu "
               "| floor ÷ opc | floor ÷ dmcg | ours cold ÷ floor |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")  # fmt: skip
    for name, row in fmt.get("specs", {}).items():
        floor = row.get("black-no-gc", row["black"])["wall"]["median"]
        cells = [name, f"{row['bytes'] / 1024:.0f} KiB in {row['files']} files"]
        for tool in ("black", "black-no-gc", "ruff"):
            data = row.get(tool)
            wall = data["wall"] if data else None
            cells.append(f"{f(wall['median'], ' s')} ({f(wall['min'])}–{f(wall['max'])})" if wall else "–")
            cells.append(f(data["cpu"]["median"], " s") if data else "–")
        for tool in ("opc", "dmcg"):
            other = gfacts.get((name, "wall", tool))
            if other is not None:
                facts[(name, tool)] = floor / other
            cells.append(f"{floor / other:.2f}×" if other is not None else "–")
        ours = gfacts.get((name, "wall", "ours"))
        cells.append(f"{ours / floor:.2f}×" if ours is not None else "–")
        out.append("| " + " | ".join(cells) + " |")
    changed = "; ".join(
        f"{name}: " + ", ".join(f"{tool} {n}" for tool, n in row["files_changed"].items())
        for name, row in fmt.get("specs", {}).items()
    )
    out.append(f"\nFiles whose bytes the formatter changed: {changed}.")
    out.append("\nCommands: " + "; ".join(f"`{cmd}`" for cmd in fmt["commands"].values()) + ".\n")
    return facts


def client_section(client: dict[str, Any], out: list[str]) -> dict[str, float]:
    facts: dict[str, float] = {}
    out.append("## 2. Per-call overhead of the generated client vs bare httpx\n")
    out.append(
        f"One loopback server in another process (`bench/server.py`: asyncio, fixed 73-byte JSON body, keep-alive) "
        f"on 127.0.0.1. {client['rounds']} rounds × {client['calls']} calls per variant after {client['warmup']} "
        "warm-up calls, the variant going first alternating by round; µs per call, median (min–max) of the rounds. "
        "The verdict uses the ratio taken within each round (the two blocks run back to back), median over the "
        "rounds: the load of this shared machine drifts within seconds, and a paired ratio cancels the drift.\n\n"
        "* client: `client.images.delete(guids=GUIDS, library=None)` (pydantic validation of the arguments, "
        "request build, send, envelope check, `DeleteImagesResponse` validation)\n"
        '* httpx: `http.request("DELETE", url, json=BODY, headers=HEADERS).json()` on one `httpx.Client` / '
        "`httpx.AsyncClient` (same method, path, JSON body bytes and auth headers; no validation)\n"
    )
    out.append("| mode | client µs/call | httpx µs/call | ratio of the medians | ratio within a round: median (min–max) "
               "| overhead µs/call |")  # fmt: skip
    out.append("|---|---:|---:|---:|---:|---:|")
    for mode in ("sync", "async"):
        r = client.get(mode)
        if not r:
            continue
        c, h = r["client_us"], r["httpx_us"]
        pr = r["ratio_per_round"]
        out.append(
            f"| {mode} | {c['median']:.0f} ({c['min']:.0f}–{c['max']:.0f}) | {h['median']:.0f} ({h['min']:.0f}–"
            f"{h['max']:.0f}) | {r['ratio_of_medians']:.3f} | {pr['median']:.3f} ({pr['min']:.3f}–{pr['max']:.3f}) "
            f"| {r['overhead_us']:.0f} |"
        )
        facts[mode] = pr["median"]
    out.append("")
    b = client.get("breakdown")
    if b:
        out.append("Without the network (median of 9 interleaved rounds × 3,000 calls, µs per call):\n")
        out.append("| step | generated client | bare httpx | extra |\n|---|---:|---:|---:|")
        if "client_call_us" in b:
            out.append(f"| whole call, `httpx.MockTransport` instead of the network | {b['client_call_us']:.1f} | "
                       f"{b['httpx_call_us']:.1f} (`request().json()`) | {b['client_call_us'] - b['httpx_call_us']:+.1f} "
                       f"({b['client_call_us'] / b['httpx_call_us']:.2f}×) |")  # fmt: skip
        out.append(f"| build the request | {b['client_build_us']:.1f} (`_build`: validate + build) | "
                   f"{b['httpx_build_us']:.1f} (`Client.build_request`) | {b['client_build_us'] - b['httpx_build_us']:+.1f} |")  # fmt: skip
        out.append(f"| parse the response | {b['client_parse_us']:.1f} (`_parse`: envelope + model) | "
                   f"{b['httpx_json_us']:.1f} (`Response.json()`) | {b['client_parse_us'] - b['httpx_json_us']:+.1f} |")  # fmt: skip
        eq = b["equivalence"]
        extra = sorted(set(eq["httpx"]["headers"]) - set(eq["client"]["headers"]))
        out.append(f"\nSame body bytes: {eq['client']['body'] == eq['httpx']['body']}; same URL: "
                   f"{eq['client']['url'] == eq['httpx']['url']}. Headers only httpx sends: "
                   f"{', '.join(extra) or 'none'} (the client builds `httpx.Request` itself and calls `send`, "
                   "which skips the client's default headers).\n")  # fmt: skip
    prof = client.get("build_profile")
    if prof:
        out.append("<details><summary>cProfile of the client's request building (top 12 by cumulative µs per "
                   "call; profiler overhead inflates absolute numbers)</summary>\n")  # fmt: skip
        out.append("| function | calls/op | cumulative µs | own µs |\n|---|---:|---:|---:|")
        for row in prof[:12]:
            out.append(f"| `{row['where']}` | {row['calls_per_op']:.0f} | {row['cumtime_us_per_op']:.1f} | "
                       f"{row['tottime_us_per_op']:.1f} |")  # fmt: skip
        out.append("\n</details>\n")
    ph = client.get("phases_profiled_us")
    if ph:
        out.append("<details><summary>Phases of one sync call under cProfile (µs per call, inflated by the "
                   "profiler)</summary>\n")  # fmt: skip
        out.append("| phase | cumulative µs |\n|---|---:|")
        for k, v in ph.items():
            out.append(f"| {k} | {v:.0f} |")
        out.append("\n</details>\n")
    return facts


def import_section(imp: dict[str, Any], out: list[str]) -> dict[str, float]:
    facts: dict[str, float] = {}
    out.append("## 3. Import time\n")
    out.append(
        f"Fresh interpreter per sample (project venv); the statement is timed inside it with `time.perf_counter()`, "
        f"so interpreter start-up is excluded. {imp['rounds']} interleaved rounds after one untimed run per case "
        "(bytecode cached). Milliseconds, median (min–max); ratio to `import httpx, pydantic`. The vault package "
        f"is our generator's output for vault.json ({imp['vault_package_bytes'] / 2**20:.1f} MiB of Python; "
        "resources " + ", ".join(f"{n} {s / 2**20:.1f} MiB" for n, s in imp["vault_resources"]) + ").\n"
    )
    out.append("| case | statement | ms | × baseline |\n|---|---|---:|---:|")
    for name, c in imp["cases"].items():
        out.append(f"| {name} | `{c['stmt']}` | {c['median']:.1f} ({c['min']:.1f}–{c['max']:.1f}) | "
                   f"{c['ratio_to_baseline']:.2f} |")  # fmt: skip
        facts[name] = c["ratio_to_baseline"]
    out.append("")
    top = imp.get("importtime_top")
    if top:
        out.append("<details><summary><code>python -X importtime -c \"import finerworks; finerworks.FinerWorks\"</code>: "
                   "top-level modules by cumulative µs (one run)</summary>\n")  # fmt: skip
        out.append("| module | cumulative µs | self µs |\n|---|---:|---:|")
        for t in top:
            out.append(f"| `{t['module']}` | {t['cumulative_us']:,} | {t['self_us']:,} |")
        out.append("\n</details>\n")
    return facts


VARIANTS = {
    "client": "client (default pool 1000/100)",
    "httpx": "bare httpx, same pool 1000/100",
    "httpx-defaults": "bare httpx, its default pool 100/20",
}


def variant_label(name: str) -> str:
    if "@" in name:
        who, limits = name.split("@", 1)
        return f"{'client, connection_limits' if who == 'client' else 'bare httpx, pool'} {limits}"
    return VARIANTS.get(name, name)


def case_label(case: dict[str, Any]) -> str:
    who = "async tasks" if case["mode"] == "async" else "threads"
    return (f"{case['workers']} {who} × {case['calls']} call{'s' if case['calls'] > 1 else ''}, answer after "
            f"{case['delay'] * 1000:.0f} ms, timeout={case['timeout']:g} s")  # fmt: skip


def _errors(errors: dict[str, int]) -> str:
    return ", ".join(f"{k} {v:,}" for k, v in sorted(errors.items(), key=lambda kv: -kv[1])) or "none"


def concurrency_section(conc: dict[str, Any], out: list[str]) -> dict[str, Any]:
    """The client and bare httpx under bulk concurrency (bench/concurrency_bench.py)."""
    facts: dict[str, Any] = {}
    cases = conc["cases"]
    load_text = f"{conc['load_before'][0]:.1f}→{conc['load_after'][0]:.1f}"
    out.append("## 4. Under bulk concurrency: errors and throughput, client vs bare httpx\n")
    out.append(
        "A loopback server in another process (`bench/server.py --delay`) holds every answer back a fixed delay, "
        "so requests pile up in the connection pool as they do against a slow API. Each run uses a fresh client "
        "(cold pool) on `DELETE /delete_images`: the generated client (`client.images.delete(...)`, default options: "
        "pool of 1,000 connections with 100 kept alive, `max_retries=2`) and bare httpx given the same pool limits "
        "and timeout (`request(...).json()`, no retries); httpx with its own default pool (100 connections, 20 kept "
        "alive: what the client had before issue 13) and a few other pool sizes run once each, for reference. "
        "The two main variants run several times (*runs*), interleaved, the order rotating; rates and latencies are "
        "medians over the runs, with min–max; `max ms` is the slowest call of all runs. `stalled`: calls that took at "
        "least 90% of the read timeout: a call whose connection the pool closed under it (the pool race below), or, "
        "where the pool is saturated, one that queued that long for a connection; `retries`: the client's own "
        "retries, by reason; `peak pool`: the most connections the pool held at once (sampled every 5 ms, largest "
        "over the runs); `connections`: TCP connections the server accepted per run. httpx "
        f"{conc['versions']['httpx']}, httpcore {conc['versions']['httpcore']}. The 2 cores were shared with other "
        f"work (1-minute load {load_text} before→after), which makes the rates noisy: compare within a case.\n"
    )
    out.append("| case | variant | runs | failed / calls | errors | stalled | retries | ok calls/s | p50 ms | p99 ms "
               "| max ms | CPU ms/call | peak pool | connections per run |")  # fmt: skip
    out.append("|---|---|---:|---:|---|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    client_failed = client_calls = httpx_failed = httpx_calls = 0
    for name, case in cases.items():
        for variant, agg in case["variants"].items():
            runs = agg["per_run"]
            retries = "–"
            if variant.startswith("client"):
                retries = f"{agg['retries']}" + (f" ({_errors(agg['retry_reasons'])})" if agg["retries"] else "")
            conns = [r["server_connections"] for r in runs]
            cells = [
                f"`{name}`" if variant == next(iter(case["variants"])) else "",
                variant_label(variant),
                str(agg["runs"]),
                f"{agg['failed']:,} / {agg['calls']:,}",
                _errors(agg["errors"]),
                "–" if agg["stalled"] is None else str(agg["stalled"]),
                retries,
                spread([r["ok_per_s"] for r in runs], "", 0),
                f"{med([r['p50_ms'] for r in runs]):.0f}",
                f"{med([r['p99_ms'] for r in runs]):.0f}",
                f"{max(r['max_ms'] for r in runs):.0f}",
                f"{med([r['cpu_s'] / r['calls'] * 1e3 for r in runs]):.2f}",
                str(max(r.get("peak_pool_connections", 0) for r in runs)),
                spread([float(c) for c in conns], "", 0),
            ]
            out.append("| " + " | ".join(cells) + " |")
            if variant == "client":
                client_failed += agg["failed"]
                client_calls += agg["calls"]
            elif variant == "httpx":
                httpx_failed += agg["failed"]
                httpx_calls += agg["calls"]
    out.append("")
    out.append("Cases: " + "; ".join(f"`{n}`: {case_label(c)}" for n, c in cases.items()) + ".\n")
    facts.update(client_failed=client_failed, client_calls=client_calls, httpx_failed=httpx_failed,
                 httpx_calls=httpx_calls)  # fmt: skip
    ratios = []
    for name, case in cases.items():
        v = case["variants"]
        if "client" in v and "httpx" in v:
            c = med([r["ok_per_s"] for r in v["client"]["per_run"]])
            h = med([r["ok_per_s"] for r in v["httpx"]["per_run"]])
            ratios.append(f"`{name}` {c / h:.2f}×")  # type: ignore[operator]
    out.append(
        f"**The client with its defaults: {client_failed:,} of {client_calls:,} calls failed** (bare httpx with the "
        f"same pool: {httpx_failed:,} of {httpx_calls:,}). Throughput of the client ÷ bare httpx, medians: "
        + ", ".join(ratios)
        + ". Under this load most of a call's CPU time goes to httpcore's pool (its assignment pass walks every "
        "connection for every queued request) and to connecting, the same for both. The async runs swing between two "
        "regimes of the pool, for the client and bare httpx alike: while it holds more than 100 connections, every "
        "connection is closed after its call and each call opens a new one (*connections* = calls); once it falls to "
        "100 or fewer before the end of the run, it keeps idle connections and hands each to several waiting "
        "requests at once (see the pool race below), and the run is 2–3× slower, some calls waiting 10 s or more for "
        "a connection (*stalled*, without error). Hence the wide spreads: these ratios are far noisier than "
        "section 2's.\n"
    )
    threads = cases.get("threads", {}).get("variants", {})
    if "httpx-defaults" in threads and "httpx" in threads:
        small = med([r["ok_per_s"] for r in threads["httpx-defaults"]["per_run"]])
        big = med([r["ok_per_s"] for r in threads["httpx"]["per_run"]])
        out.append(
            f"In `threads`, httpx's own 100/20 pool did {small / big:.1f}× the calls per second of the 1000/100 pool "  # type: ignore[operator]
            "(one run): keeping only 20 alive, it closes most connections after their call and opens new ones (cheap "
            "on loopback, dearer against a remote TLS server), so its assignment pass has few idle connections to "
            "walk and none to hand out several times; but that is also what exposes it to the pool race below.\n"
        )
    examples = conc.get("error_examples") or {}
    if examples:
        out.append("First message of each kind of error:\n")
        for k, msg in examples.items():
            out.append(f"- `{k}`: " + (f"`{msg}`" if msg else "(an empty message)"))
        out.append("")
    out.append(_race_text(cases))
    history = load("concurrency-history")
    if isinstance(history, list) and history:
        out.append(_history_table(history))
    return facts


def _history_table(history: list[dict[str, Any]]) -> str:
    """Every threaded run recorded on this machine, summed: the race is too rare for one run to say much."""
    groups: dict[tuple[str, int, float, str], dict[str, Any]] = {}
    for e in history:
        key = (e["case"], e["workers"], e["delay"], e["variant"])
        g = groups.setdefault(key, {"runs": 0, "calls": 0, "failed": 0, "stalled": 0, "retries": 0, "errors": {},
                                    "reasons": {}, "versions": set()})  # fmt: skip
        g["runs"] += 1
        for k in ("calls", "failed", "stalled", "retries"):
            g[k] += e[k] or 0
        for k, v in e["errors"].items():
            g["errors"][k] = g["errors"].get(k, 0) + v
        for k, v in e["retry_reasons"].items():
            g["reasons"][k] = g["reasons"].get(k, 0) + v
        g["versions"].add(f"httpx {e['versions']['httpx']}, httpcore {e['versions']['httpcore']}")
    dates = sorted(e["date"] for e in history)
    lines = [
        f"Every threaded run recorded on this machine ({dates[0]} to {dates[-1]}, "
        "`.bench/results/concurrency-history.json`), summed per case and variant:\n",
        "| case | variant | runs | calls | failed | stalled | client retries | versions |",
        "|---|---|---:|---:|---|---:|---|---|",
    ]
    for (case, workers, delay, variant), g in sorted(groups.items()):
        failed = f"{g['failed']}" + (f" ({_errors(g['errors'])})" if g["failed"] else "")
        retries = "–"
        if variant.startswith("client"):
            retries = f"{g['retries']}" + (f" ({_errors(g['reasons'])})" if g["retries"] else "")
        lines.append(f"| `{case}` ({workers} threads, answer after {delay * 1000:.0f} ms) | {variant_label(variant)} | "
                     f"{g['runs']} | {g['calls']:,} | {failed} | {g['stalled']} | {retries} | "
                     f"{'; '.join(sorted(g['versions']))} |")  # fmt: skip
    return "\n".join(lines) + "\n"


def _race_text(cases: dict[str, Any]) -> str:
    """What the runs show of httpcore's pool race (encode/httpcore#1110), from the numbers."""

    def agg(case: str, variant: str) -> dict[str, Any] | None:
        return cases.get(case, {}).get("variants", {}).get(variant)

    def seen(case: str, variant: str) -> str:
        a = agg(case, variant)
        if a is None:
            return "not run"
        runs = a["per_run"]
        got = sum(r["server_requests"] for r in runs)
        text = f"{a['failed']} of {a['calls']:,} calls failed"
        if a["failed"]:
            text += f" ({_errors(a['errors'])})"
        text += f", {a['stalled']} stalled"
        if variant.startswith("client"):
            text += f", {a['retries']} retries" + (f" ({_errors(a['retry_reasons'])})" if a["retries"] else "")
        peak = max(r.get("peak_pool_connections", 0) for r in runs)
        return text + f", server got {got:,} requests, pool peak {peak}"

    def rate(case: str, variant: str) -> float | None:
        a = agg(case, variant)
        return med([r["ok_per_s"] for r in a["per_run"]]) if a else None

    lines = [
        "### httpcore's pool race (encode/httpcore#1110)\n",
        "httpcore's pool gives an idle connection to a queued request, but the connection stays idle until the "
        "waiting thread wakes up and starts its request on it. A pool pass for another request in between still "
        "sees it idle and may close it as a surplus kept-alive connection. If the first thread has started by then, "
        "its socket is closed under it. A thread already waiting for the answer is not woken by the close (checked "
        "with httpcore's sync backend): it fails with `ReadError: [Errno 9] Bad file descriptor` when the answer "
        "arrives, or waits out its whole read timeout although the server answered (both seen here). The issue is open; no httpcore release fixes it (1.0.9, pinned here, is the "
        "latest; the fixes proposed in encode/httpcore#1111 and #1114 are unmerged). In 1.0.9 the surplus check "
        "compares *all* the pool's connections, busy ones included, with `max_keepalive_connections` "
        "(encode/httpcore#1000, fixed on master, unreleased), so the race is open whenever the pool holds more "
        "connections than it keeps alive: with httpx's default pool, more than 20; with the client's, more than 100.\n",
        f"- 64 threads, bare httpx with its default pool 100/20 (the client's pool when issue 13 was filed): "
        f"{seen('threads', 'httpx-defaults')}. 160 threads: {seen('threads-160', 'httpx-defaults')}.",
        f"- 64 threads, the client's pool 1000/100: client {seen('threads', 'client')}; bare httpx "
        f"{seen('threads', 'httpx')}. With at most 100 connections in the pool its surplus check closes nothing: "
        "the race's path is closed.",
        f"- 160 threads, more than the 100 the client's pool keeps alive: client {seen('threads-160', 'client')}; "
        f"bare httpx {seen('threads-160', 'httpx')}. Here the pool closes surplus connections all the time (see "
        "*connections*), and the race's path is open.",
        "- Async: with more than 100 tasks in flight the pool closes every idle connection as surplus (each call "
        "opens a new connection: see *connections*); no failure in these runs. An asyncio read is woken at once when "
        "its stream is closed (a `ReadError`, checked with httpcore's anyio backend), so there the race would be an "
        "error, not a stalled call.",
    ]
    costs = []
    fast, slow = rate("async", "client"), rate("async", "client@1000/1000")
    if fast and slow:
        costs.append(f"in the `async` case the client did {slow:.0f} calls/s instead of {fast:.0f} with keep-alive 1000 "
                     f"({seen('async', 'client@1000/1000')})")  # fmt: skip
    fast, slow = rate("threads-160", "client"), rate("threads-160", "client@1000/200")
    if fast and slow:
        costs.append(f"with 160 threads and keep-alive 200, {slow:.0f} calls/s instead of {fast:.0f} "
                     f"({seen('threads-160', 'client@1000/200')})")  # fmt: skip
    if costs:
        lines.append(
            "- Keeping alive at least as many connections as there are requests in flight (`connection_limits="
            "httpx.Limits(max_connections=1000, max_keepalive_connections=...)`) closes the race's path for a "
            "one-host client, but then the pool keeps idle connections, hands one of them to several queued requests "
            "in the same pass (all but one loop back with `ConnectionNotAvailable`), and each pass walks every "
            "connection for every queued request (encode/httpcore#1035): " + "; ".join(costs) + " (one run each)."
        )
    lines.append(
        "\nWhat it means for the client: an operation safe to repeat retries the `ReadError` (invisible to the caller) "
        "or the read timeout (the call succeeds, one read timeout late: 60 s by default); one that creates something "
        "(`submit_orders`) is not retried and raises `APIUnknownOutcomeError` / `APIUnknownOutcomeTimeoutError`, "
        "rightly: the server has usually received the request. The client cannot prevent the race without replacing "
        "httpcore's pool code, so it keeps its 1000/100 defaults and the README (*Retries*) says when the race can "
        "happen and how to stay clear of it.\n"
    )
    return "\n".join(lines)


def write(path: Path) -> Path:
    env: dict[str, Any] = load("env") or {}  # type: ignore[assignment]
    gen: dict[str, Any] | None = load("gen")  # type: ignore[assignment]
    client: dict[str, Any] | None = load("client")  # type: ignore[assignment]
    imp: dict[str, Any] | None = load("imports")  # type: ignore[assignment]
    body: list[str] = []
    gfacts = gen_section(gen, body) if gen else {}
    fmt: dict[str, Any] | None = load("formatters")  # type: ignore[assignment]
    floor = formatter_section(fmt, gfacts, body) if fmt and "specs" in fmt else {}
    cfacts = client_section(client, body) if client else {}
    ifacts = import_section(imp, body) if imp else {}
    conc: dict[str, Any] | None = load("concurrency")  # type: ignore[assignment]
    kfacts = concurrency_section(conc, body) if conc else {}

    out: list[str] = ["# Benchmarks\n"]
    out.append(
        "Written by `make bench` (`bench/run.py`); do not edit by hand. Rerun it to refresh every number; "
        "`.venv/bin/python bench/run.py --report-only` re-renders this page from `.bench/results/*.json`.\n"
    )
    m = env.get("machine", {})
    el = env.get("elapsed_s", {})
    out.append("## Machine and versions\n")
    parts = env.get("parts", {})
    if parts:
        out.append("- Parts run: " + "; ".join(f"{name} at {p['date']}, git `{p['git']}`" for name, p in parts.items()))
    out.append(f"- Full run started: {env.get('date', '?')}; doc written at git `{env.get('git_head', '?')}` "
               f"({env.get('git_dirty_files', '?')} files in generator/, templates/, generated/ modified and uncommitted when the doc was last written; others were editing them). "
               f"Wall time of the bench: " + ", ".join(f"{k} {v:.0f} s" for k, v in el.items())
               + (f" (total {sum(el.values()) / 60:.1f} min)" if el else ""))  # fmt: skip
    out.append(f"- CPU: {m.get('cpu', '?')}, {m.get('cores', '?')} cores, {m.get('memory', '?')} RAM; "
               f"{m.get('os', '?')}, kernel {m.get('kernel', '?')}")  # fmt: skip
    out.append(f"- Python {env.get('python_ours', '?')} (project `.venv`); peers Python "
               f"{env.get('python_peers', '?')} (`.bench/peers-venv`)")  # fmt: skip
    out.append("- Project venv: " + ", ".join(f"{k} {v}" for k, v in env.get("ours", {}).items()))
    out.append(
        "- Peers venv (pinned in `bench/peers.txt`): " + ", ".join(f"{k} {v}" for k, v in env.get("peers", {}).items())
    )
    loads = []
    for label, data in (("generation", gen), ("client", client), ("imports", imp), ("formatters", fmt),
                        ("concurrency", conc)):  # fmt: skip
        if data:
            before = data.get("load_before") or ["?"]
            after = data.get("load_after") or ["?"]
            loads.append(f"{label} {before[0] if before[0] == '?' else f'{before[0]:.1f}'}→"
                         f"{after[0] if after[0] == '?' else f'{after[0]:.1f}'}")  # fmt: skip
    out.append("- 1-minute load average before→after each part: " + "; ".join(loads) + ". The machine is shared "
               "with other work (test suites ran during the bench); wall times are inflated by it, interleaving "
               "keeps the ratios fair, and CPU times are given where they help.\n")  # fmt: skip

    out.append("## Targets\n")
    out.append("| target | measured | verdict |\n|---|---|---|")
    for spec in ("finerworks", "twilio"):
        v = gfacts.get((spec, "opc"))
        w = gfacts.get((spec, "opc", "warm"))
        out.append(f"| generation ≤ 0.5× openapi-python-client on {spec} (cold) | {f(v)}× (warm regeneration "
                   f"{f(w)}×; black alone on our output: {f(floor.get((spec, 'opc')))}×) | {verdict(v, 0.5)}"
                   f"{out_of_reach(floor.get((spec, 'opc')), 0.5)} |")  # fmt: skip
    for spec in ("finerworks", "twilio"):
        summary_edit = gfacts.get((spec, "opc", "edit-summary"))
        description_edit = gfacts.get((spec, "opc", "edit-description"))
        worst = max((r for r in (summary_edit, description_edit) if r is not None), default=None)
        out.append(f"| a one-line spec edit regenerates in ≤ 0.25× openapi-python-client on {spec} (cache warm) | "
                   f"{f(summary_edit)}× (an operation summary), {f(description_edit)}× (a property description) | "
                   f"{verdict(worst, 0.25)} |")  # fmt: skip
    v = gfacts.get(("vault", "dmcg"))
    w = gfacts.get(("vault", "dmcg", "warm"))
    out.append(f"| vault ≤ 1.0× datamodel-codegen alone (cold) | {f(v)}× (warm {f(w)}×; black alone on our output: "
               f"{f(floor.get(('vault', 'dmcg')))}×) | {verdict(v, 1.0)}{out_of_reach(floor.get(('vault', 'dmcg')), 1.0)} |")  # fmt: skip
    v = gfacts.get(("vault", "maxrss"))
    t = gfacts.get(("vault", "tree"))
    p = gfacts.get(("vault", "tree pss"))
    out.append(f"| peak memory ≤ 150 MB on vault (cold) | {f(v, ' MiB', 0)} largest process; whole process tree "
               f"{f(p, ' MiB', 0)} PSS ({f(t, ' MiB', 0)} summing RSS) | {verdict(v, 150 / 1.048576)} (tree PSS: "
               f"{verdict(p, 150 / 1.048576)}) |")  # fmt: skip
    for mode in ("sync", "async"):
        v = cfacts.get(mode)
        out.append(f"| client ≤ 1.05× bare httpx per call ({mode}) | {f(v, '×', 3)} | {verdict(v, 1.05)} |")
    v = ifacts.get("import finerworks")
    c = ifacts.get("import finerworks; finerworks.FinerWorks")
    out.append(f"| `import finerworks` ≤ 1.25× `import httpx, pydantic` | {f(v)}× (with `finerworks.FinerWorks`: "
               f"{f(c)}×) | {verdict(v, 1.25)} |")  # fmt: skip
    names = [k for k in ifacts if "vault" in k]
    v = ifacts.get("import pkg (vault)")
    cls = ifacts.get("import pkg; pkg.Pkg (vault)")
    first = next((ifacts[k] for k in names if "first resource" in k), None)
    out.append(f"| 1,000-operation package (vault) imports < 1.5× that baseline | `import pkg` {f(v)}×; `pkg.Pkg` "
               f"{f(cls)}×; client + first resource {f(first)}× | {verdict(v, 1.5)} for `import pkg`; "
               f"{verdict(cls, 1.5)} for `pkg.Pkg` |")  # fmt: skip
    if kfacts:
        n, total = kfacts["client_failed"], kfacts["client_calls"]
        out.append(f"| client under bulk concurrency: 0 errors (500 async tasks × 4, 500 × 1 at timeout=1, 64 and 160 "
                   f"threads; section 4) | {n:,} of {total:,} calls failed (bare httpx, same pool: "
                   f"{kfacts['httpx_failed']:,} of {kfacts['httpx_calls']:,}) | {'**met**' if n == 0 else '**missed**'} |")  # fmt: skip
    out.append("\n(Memory limit: 150 MB = 143 MiB.)\n")

    out.append("## Commands\n")
    out.append("```sh\nmake bench            # = .venv/bin/python bench/run.py (creates .bench/peers-venv first)")
    if gen:
        for label, cmd in gen["commands"].items():
            out.append(f"# {label}\n{cmd.replace(str(ROOT) + '/', '')}")
    out.append(
        "# client overhead\nPYTHONPATH=generated .venv/bin/python bench/client_bench.py   # starts bench/server.py"
    )
    out.append(CONCURRENCY_COMMAND)
    out.append("# imports\n.venv/bin/python bench/import_bench.py")
    out.append("# formatter probe\n.venv/bin/python bench/formatter_probe.py\n```\n")
    if gen:
        out.append(f"SPEC is `spec/finerworks.yaml` or a file of `../shared/corpus/` (`BENCH_CORPUS`); OUT a fresh directory per run. "
                   f"Per-run timeout {gen['run_timeout_s']:.0f} s, generation budget {gen['budget_s']:.0f} s. "
                   f"Rounds: 3 per spec{'' if gen.get('full') else ', except box and asana: 1 (BENCH_FULL=1 for 3; it adds ~5 min and no target depends on them)'}.\n")  # fmt: skip
    out += body
    text = "\n".join(out).rstrip() + "\n"
    present = {"gen": gen, "client": client, "imports": imp, "formatters": fmt, "concurrency": conc}
    if not all(present.values()) and path.exists():
        text = splice(path.read_text(encoding="utf-8"), text, {k for k, v in present.items() if v})
    path.write_text(text, encoding="utf-8")
    return path


CONCURRENCY_COMMAND = (
    "# concurrency\nPYTHONPATH=generated .venv/bin/python bench/concurrency_bench.py   # starts bench/server.py --delay"
)
# The parts a partial run can refresh in a doc written earlier: their section and their rows of the targets table.
SPLICED = {
    "client": ("## 2. ", ("| client ≤ 1.05× bare httpx per call",)),
    "concurrency": ("## 4. ", ("| client under bulk concurrency",)),
}


def _sections(text: str) -> list[str]:
    """The doc cut before each ``## `` heading (the first piece is the title and what precedes any heading)."""
    pieces: list[str] = []
    for line in text.splitlines(keepends=True):
        if line.startswith("## ") or not pieces:
            pieces.append("")
        pieces[-1] += line
    return pieces


def splice(old: str, new: str, present: set[str]) -> str:
    """The doc written earlier, with what this run measured put in: a partial run whose other parts' results
    are not in .bench/results (another checkout ran them) keeps their sections as they were."""
    sections = _sections(old)
    fresh = _sections(new)
    for part, (heading, rows) in SPLICED.items():
        if part not in present:
            continue
        piece = next((p for p in fresh if p.startswith(heading)), None)
        if piece is None:
            continue
        if not piece.endswith("\n\n"):
            piece += "\n"
        at = next((i for i, p in enumerate(sections) if p.startswith(heading)), None)
        if at is None:
            if not sections[-1].endswith("\n\n"):
                sections[-1] += "\n"
            sections.append(piece)
        else:
            sections[at] = piece
        for prefix in rows:
            sections = [_put_rows(p, new, prefix) for p in sections]
    text = "".join(sections).rstrip() + "\n"
    text = _merge_machine_lines(text, new, present)
    if "concurrency" in present and "concurrency_bench.py" not in text:
        text = text.replace("# imports\n", CONCURRENCY_COMMAND + "\n# imports\n", 1)
    return text


def _put_rows(section: str, new: str, prefix: str) -> str:
    """Replace (or add at the end of the targets table) the rows of ``new`` that start with ``prefix``."""
    if not section.startswith("## Targets"):
        return section
    wanted = [line for line in new.splitlines() if line.startswith(prefix)]
    lines = section.splitlines()
    at = next((i for i, line in enumerate(lines) if line.startswith(prefix)), None)  # where the old rows were
    kept = [line for line in lines if not line.startswith(prefix)]
    if at is None:
        at = max(i for i, line in enumerate(kept) if line.startswith("|")) + 1
    kept[at:at] = wanted
    return "\n".join(kept) + "\n"


def _merge_machine_lines(text: str, new: str, present: set[str]) -> str:
    """Update the machine section's per-part facts (when each part ran, its wall time, the load) for the parts
    this run measured, keeping the others'."""
    lines = text.splitlines()
    fresh = new.splitlines()

    def entries(line: str, head: str, sep: str = "; ") -> dict[str, str]:
        body = line[len(head) :].rstrip(".")
        return {e.split(" ", 1)[0]: e for e in body.split(sep) if e}

    def merge(head: str, sep: str = "; ", tail: str = "") -> None:
        old_i = next((i for i, line in enumerate(lines) if line.startswith(head)), None)
        new_line = next((line for line in fresh if line.startswith(head)), None)
        if old_i is None or new_line is None:
            return
        old_line = lines[old_i]
        rest = ""
        if tail and tail in old_line:
            old_line, rest = old_line.split(tail, 1)
            rest = tail + rest
            new_line = new_line.split(tail, 1)[0]
        merged = entries(old_line, head, sep)
        for name, entry in entries(new_line, head, sep).items():
            if any(name == p or (p == "gen" and name == "generation") for p in present):
                merged[name] = entry
        lines[old_i] = head + sep.join(merged.values()) + rest

    written = re.compile(r"doc written at git `[^`]*` \([^)]*\)")
    now = next((m.group(0) for line in fresh if (m := written.search(line))), None)
    if now and "`?`" not in now:
        lines = [written.sub(lambda _m: now, line) for line in lines]
    merge("- Parts run: ")
    merge("- 1-minute load average before→after each part: ", tail=". The machine")
    i = next((i for i, line in enumerate(lines) if "Wall time of the bench: " in line), None)
    j = next((line for line in fresh if "Wall time of the bench: " in line), None)
    if i is not None and j is not None:
        head, body = lines[i].split("Wall time of the bench: ", 1)
        times = dict(re.findall(r"(\w+) (\d+) s", body.split(" (total")[0]))
        for name, secs in re.findall(r"(\w+) (\d+) s", j.split("Wall time of the bench: ", 1)[1].split(" (total")[0]):
            if name in present:
                times[name] = secs
        total = sum(int(v) for v in times.values()) / 60
        lines[i] = (
            head
            + "Wall time of the bench: "
            + ", ".join(f"{k} {v} s" for k, v in times.items())
            + (f" (total {total:.1f} min)")
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(
        write(
            Path(sys.argv[1])
            if len(sys.argv) > 1
            else Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"
        )
    )
