"""Shared helpers of the benchmarks: running a measured child, statistics, machine facts.

Standard library only, so that every script runs under any of the venvs.
"""

from __future__ import annotations

import json
import os
import platform
import signal
import statistics
import subprocess
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / ".bench"
RESULTS = WORK / "results"
PY = ROOT / ".venv" / "bin" / "python"
PEERS = WORK / "peers-venv"
CORPUS = Path(os.environ.get("BENCH_CORPUS") or ROOT.parent / "shared" / "corpus")  # ../shared/corpus
PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass
class Run:
    """One measured child process (and everything it started)."""

    cmd: list[str]
    rc: int | None
    wall: float  # seconds
    cpu: float  # user + sys of the child and its reaped descendants, seconds
    maxrss_mb: float  # ru_maxrss: the largest single process of the tree, MiB
    tree_rss_mb: float  # sampled every 50 ms: the largest sum of RSS over the process tree, MiB
    tree_pss_mb: float = 0.0  # the same for PSS: pages shared by forked processes counted once in all
    timed_out: bool = False
    stderr_tail: list[str] = field(default_factory=list)
    log: str = ""

    def output(self) -> list[str]:
        """Every line the command printed (stdout and stderr)."""
        return Path(self.log).read_text(encoding="utf-8", errors="replace").splitlines() if self.log else []

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as fh:
                out.extend(int(c) for c in fh.read().split())
    except OSError:
        pass
    return out


def _tree_memory(pid: int) -> tuple[int, int]:
    """Sum of RSS and sum of PSS (bytes) over ``pid`` and its descendants.

    RSS counts a page shared by forked workers once per process; PSS divides it among them, so
    the PSS sum is the memory the tree really occupies.
    """
    rss = pss = 0
    todo, seen = [pid], set()
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            with open(f"/proc/{p}/statm") as fh:
                rss += int(fh.read().split()[1]) * PAGE
            with open(f"/proc/{p}/smaps_rollup") as fh:
                pss += next((int(line.split()[1]) * 1024 for line in fh if line.startswith("Pss:")), 0)
        except (OSError, ValueError, IndexError):
            continue
        todo.extend(_children(p))
    return rss, pss


def measure(
    cmd: list[str],
    *,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 300.0,
    stderr_lines: int = 40,
    log: Path | None = None,
    memory: bool = True,
) -> Run:
    """Run ``cmd`` to completion (or ``timeout``), measuring wall, CPU and memory via wait4.

    The wall time ends when wait4 returns: this thread blocks in it, while another samples the
    process tree's memory every 50 ms (and kills it past ``timeout``). Polling wait4 between
    samples instead made every wall time a multiple of the poll interval, which for a run of a
    tenth of a second is a large error, and only in the short runs' disfavour.

    ``memory=False``: no sampling (the run's memory is not reported). Reading a process's
    ``smaps_rollup`` walks its page tables under its memory lock, which a run of a few tenths of
    a second, made of several processes, feels.
    """
    log = log or (WORK / "last-run.log")
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "wb") as out:
        started = time.perf_counter()
        proc = subprocess.Popen(
            cmd,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=env,
            cwd=cwd,
            start_new_session=True,
        )
        peaks = [0, 0]
        timed_out = threading.Event()
        done = threading.Event()

        def sample() -> None:
            while not done.wait(0.05 if memory else 1.0):
                if memory:
                    rss, pss = _tree_memory(proc.pid)
                    peaks[0], peaks[1] = max(peaks[0], rss), max(peaks[1], pss)
                if time.perf_counter() - started > timeout and not timed_out.is_set():
                    timed_out.set()
                    os.killpg(proc.pid, signal.SIGKILL)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        done.set()
        sampler.join()
        peak, peak_pss = peaks
    proc.returncode = os.waitstatus_to_exitcode(status)
    text = log.read_text(encoding="utf-8", errors="replace").splitlines()
    return Run(
        cmd=[str(c) for c in cmd],
        rc=None if timed_out.is_set() else proc.returncode,
        wall=wall,
        cpu=usage.ru_utime + usage.ru_stime,
        maxrss_mb=usage.ru_maxrss / 1024,
        tree_rss_mb=max(peak, 0) / 2**20,
        tree_pss_mb=max(peak_pss, 0) / 2**20,
        timed_out=timed_out.is_set(),
        stderr_tail=text[-stderr_lines:],
        log=str(log),
    )


def summary(values: list[float]) -> dict[str, float | int]:
    if not values:
        return {"n": 0}
    return {"n": len(values), "median": statistics.median(values), "min": min(values), "max": max(values)}


def loadavg() -> list[float]:
    return list(os.getloadavg())


def machine() -> dict[str, object]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 2**20:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory": mem,
        "kernel": platform.release(),
        "os": _os_name(),
    }


def _os_name() -> str:
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                return line.split("=", 1)[1].strip('"')
    except OSError:
        pass
    return platform.system()


def pip_versions(python: Path, names: list[str]) -> dict[str, str]:
    code = (
        "import json, sys\nfrom importlib import metadata\nout = {}\n"
        "for n in sys.argv[1:]:\n"
        "    try: out[n] = metadata.version(n)\n"
        "    except metadata.PackageNotFoundError: out[n] = 'not installed'\n"
        "print(json.dumps(out))"
    )
    try:
        res = subprocess.run([str(python), "-c", code, *names], capture_output=True, text=True, timeout=60)
        return json.loads(res.stdout)
    except (OSError, ValueError, subprocess.TimeoutExpired):
        return {n: "?" for n in names}


def python_version(python: Path) -> str:
    res = subprocess.run(
        [str(python), "-c", "import sys; print(sys.version.split()[0])"], capture_output=True, text=True
    )
    return res.stdout.strip()


def save(name: str, data: object) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    return path


def load(name: str) -> object | None:
    path = RESULTS / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None
