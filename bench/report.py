"""Render docs/benchmarks.md from .bench/results/{env,gen,client,imports}.json."""

from __future__ import annotations

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
        "cache hit. `shortcut`: the same command again with nothing changed.\n"
    )
    out.append("| spec | cold (--force) | fill cache | warm | shortcut | warm ÷ opc | warm ÷ dmcg |")
    out.append("|---|---:|---:|---:|---:|---:|---:|")
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
        out.append(f"| {name} | " + " | ".join(cells) + " |")
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
    for label, data in (("generation", gen), ("client", client), ("imports", imp), ("formatters", fmt)):
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
    out.append("\n(Memory limit: 150 MB = 143 MiB.)\n")

    out.append("## Commands\n")
    out.append("```sh\nmake bench            # = .venv/bin/python bench/run.py (creates .bench/peers-venv first)")
    if gen:
        for label, cmd in gen["commands"].items():
            out.append(f"# {label}\n{cmd.replace(str(ROOT) + '/', '')}")
    out.append(
        "# client overhead\nPYTHONPATH=generated .venv/bin/python bench/client_bench.py   # starts bench/server.py"
    )
    out.append("# imports\n.venv/bin/python bench/import_bench.py")
    out.append("# formatter probe\n.venv/bin/python bench/formatter_probe.py\n```\n")
    if gen:
        out.append(f"SPEC is `spec/finerworks.yaml` or a file of `/work/shared/corpus/`; OUT a fresh directory per run. "
                   f"Per-run timeout {gen['run_timeout_s']:.0f} s, generation budget {gen['budget_s']:.0f} s. "
                   f"Rounds: 3 per spec{'' if gen.get('full') else ', except box and asana: 1 (BENCH_FULL=1 for 3; it adds ~5 min and no target depends on them)'}.\n")  # fmt: skip
    out += body
    path.write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    print(
        write(
            Path(sys.argv[1])
            if len(sys.argv) > 1
            else Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"
        )
    )
