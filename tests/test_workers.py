"""The worker pool: where jobs run, and the collector policy that keeps black's garbage cheap."""

from __future__ import annotations

import gc
import os
import sys
import weakref
from collections.abc import Iterator

import pytest

from generator import workers
from generator.workers import Workers


class _Node:
    """Part of a reference cycle: only the cyclic collector frees it."""

    def __init__(self) -> None:
        self.me = self


def _cycle() -> weakref.ref[_Node]:
    return weakref.ref(_Node())


def _collector_on() -> bool:
    return gc.isenabled()


def _pid() -> int:
    return os.getpid()


@pytest.fixture
def worker_state(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This process as a worker is after ``_warm_up``: collector off, no garbage owed."""
    monkeypatch.setattr(workers, "_garbage", 0)
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


@pytest.mark.usefixtures("worker_state")
def test_garbage_of_stated_jobs_is_kept_until_the_budget_is_reached() -> None:
    small = workers._job(_cycle, 1_000, (), {})
    assert small() is not None and not gc.isenabled()  # left for later: collecting costs more than it frees
    over = workers._job(_cycle, workers._GARBAGE_BUDGET, (), {})
    assert small() is None and over() is None  # the budget was reached: everything collected
    assert workers._garbage == 0 and not gc.isenabled()


@pytest.mark.usefixtures("worker_state")
def test_other_jobs_run_with_the_collector_on_and_leave_nothing() -> None:
    left = workers._job(_cycle, 10, (), {})
    assert workers._job(_collector_on, None, (), {}) is True
    assert left() is None and not gc.isenabled()


@pytest.mark.usefixtures("worker_state")
def test_a_failing_job_still_counts_its_garbage() -> None:
    def boom() -> None:
        raise ValueError("bad")

    with pytest.raises(ValueError):
        workers._job(boom, 500, (), {})
    assert workers._garbage == 500 and not gc.isenabled()


def test_jobs_run_in_workers_with_the_policy_and_inline_without_it() -> None:
    with Workers(start=True) as pool:
        if not pool.started:
            pytest.skip("one core: no worker processes")
        assert pool.submit(_pid).result() != os.getpid()
        assert pool.submit(_collector_on, garbage=100).result() is False
        assert pool.submit(_collector_on).result() is True
    assert gc.isenabled()  # this process's collector is untouched
    with Workers(start=False) as inline:
        assert inline.submit(_pid, garbage=100).result() == os.getpid()
        assert inline.submit(_collector_on, garbage=100).result() is True


def test_the_warm_worker_takes_only_blacks_jobs_and_ends_with_the_pool() -> None:
    """``warm``: one worker forked at once for black's jobs (they state their garbage); any other
    job runs here, and the full pool, once started, takes everything."""
    with Workers(warm=True) as pool:
        if pool.count < 2:
            pytest.skip("one core: no worker processes")
        warm = pool._warm
        assert warm is not None and not pool.started
        black_pid = pool.submit(_pid, garbage=100).result()
        assert black_pid != os.getpid()
        assert pool.submit(_pid).result() == os.getpid()  # the models stage: here, as without a pool
        assert pool.submit(_black_loaded, garbage=1).result() is True  # imported as it started
        assert pool.start()
        assert pool.submit(_pid, garbage=100).result() not in (os.getpid(), black_pid)
    assert pool._warm is None and not pool.started
    assert all(not p.is_alive() for p in (getattr(warm, "_processes", None) or {}).values())


def _black_loaded() -> bool:
    return "black" in sys.modules
