"""Worker processes shared by the two slow stages: models (datamodel-code-generator) and format.

A cold generation is CPU-bound, mostly in black; one worker per core keeps every core busy.
The workers are forked when the pipeline starts, while this process is still small and has no
threads: after the models stage the process would hold a parse of the whole spec, and every
forked worker would carry it. Without fork (other platforms) the default start method is used.
With a single core, or before the pool is started, jobs run here instead.

Black leaves its syntax trees behind as cyclic garbage, and the collector's passes over young
objects (black's live tree, again and again) were a quarter of black's time. So a worker runs
black jobs with the collector off and collects once per budget of formatted source: few
collections, and bounded memory however large the package. Other jobs (datamodel-code-generator)
run with the collector on.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")


# Garbage a worker may hold before it collects, in bytes of source black parsed (its syntax
# trees cost about 180 bytes of memory per byte of source: 64 KB ≈ 11 MiB).
_GARBAGE_BUDGET = 64_000
_garbage = 0


def _warm_up() -> None:
    """Run in each worker as it starts: black's import overlaps the stages before formatting.

    What the worker holds now (modules, what it inherited) lives until it exits: frozen, the
    collector never scans it again. The collector stays off between jobs (see :func:`_job`).
    """
    import black  # noqa: F401

    gc.freeze()
    gc.disable()


def _job(fn: Callable[..., T], garbage: int | None, args: tuple[Any, ...], kwargs: dict[str, Any]) -> T:
    """Run ``fn`` in a worker: with the collector on, or off for a job that states its garbage."""
    global _garbage
    if garbage is None:
        gc.enable()
        try:
            return fn(*args, **kwargs)
        finally:
            gc.collect()
            gc.disable()
    try:
        return fn(*args, **kwargs)
    finally:
        _garbage += garbage
        if _garbage >= _GARBAGE_BUDGET:
            gc.collect()
            _garbage = 0


class Workers:
    """A process pool started on demand (or at once with ``start=True``), closed on exit.

    ``warm=True`` (a regeneration, when most of the output will come from the caches): one
    worker is forked at once and imports black while this process loads the caches and renders,
    so that the few units an edit changed are formatted without black's import on the way (it
    takes longer than the rest of such a run's formatting). It gets only black's jobs, and only
    while the pool is not started; it is ended at exit, whether it was used or not.
    """

    def __init__(self, *, start: bool = False, warm: bool = False) -> None:
        self.count = os.cpu_count() or 1
        self._pool: ProcessPoolExecutor | None = None
        self._warm: ProcessPoolExecutor | None = None
        if start:
            self.start()
        elif warm and self.count > 1:
            self._warm = _forked(1)

    @property
    def started(self) -> bool:
        return self._pool is not None

    def start(self) -> bool:
        """Start the pool unless it runs already or there is one core; True if it runs."""
        if self._pool is None and self.count > 1:
            self._pool = _forked(self.count)
        return self._pool is not None

    def submit(self, fn: Callable[..., T], *args: Any, garbage: int | None = None, **kwargs: Any) -> Future[T]:
        """Run ``fn`` in a worker if the pool runs, else here; its result or error in a future.

        ``garbage``: for a job that leaves cyclic garbage of a known size (black: the bytes of
        source it formats), which a worker then collects only once enough has piled up.
        """
        if self._pool is not None:
            return self._pool.submit(_job, fn, garbage, args, kwargs)
        if self._warm is not None and garbage is not None:
            return self._warm.submit(_job, fn, garbage, args, kwargs)
        future: Future[T] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as exc:  # delivered by future.result(), as from a worker
            future.set_exception(exc)
        return future

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        if self._warm is not None:  # its jobs are done (their results were collected), or of no use
            terminate(self._warm)
            self._warm.shutdown(wait=True, cancel_futures=True)
            self._warm = None
        if self._pool is not None:
            if kind is not None:  # failed (a refused spec): the jobs still running are of no use
                terminate(self._pool)
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _forked(count: int) -> ProcessPoolExecutor:
    """A pool of ``count`` workers, started now, each importing black as it starts."""
    context = multiprocessing.get_context("fork") if sys.platform == "linux" else None
    pool = ProcessPoolExecutor(max_workers=count, mp_context=context, initializer=_warm_up)
    # With fork, every worker starts on the first submit, before the pool's own thread.
    # Frozen, this process's objects are not touched by a collection in a worker, so
    # their memory pages stay shared instead of being copied into every worker.
    gc.freeze()
    try:
        pool.submit(_warm_up)
    finally:
        gc.unfreeze()
    return pool


def terminate(pool: ProcessPoolExecutor) -> None:
    """End the pool's processes at once, whatever they are doing (``shutdown`` waits for them).

    ``concurrent.futures`` offers no public way to do this; its process table is private.
    """
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()
