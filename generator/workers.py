"""Worker processes shared by the two slow stages: models (datamodel-code-generator) and format.

A cold generation is CPU-bound, mostly in black; one worker per core keeps every core busy.
The workers are forked when the pipeline starts, while this process is still small and has no
threads: after the models stage the process would hold a parse of the whole spec, and every
forked worker would carry it. Without fork (other platforms) the default start method is used.
With a single core, or before the pool is started, jobs run here instead.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")


def _warm_up() -> None:
    """Run in each worker as it starts: black's import overlaps the stages before formatting."""
    import black  # noqa: F401


class Workers:
    """A process pool started on demand (or at once with ``start=True``), closed on exit."""

    def __init__(self, *, start: bool = False) -> None:
        self.count = os.cpu_count() or 1
        self._pool: ProcessPoolExecutor | None = None
        if start:
            self.start()

    @property
    def started(self) -> bool:
        return self._pool is not None

    def start(self) -> bool:
        """Start the pool unless it runs already or there is one core; True if it runs."""
        if self._pool is None and self.count > 1:
            context = multiprocessing.get_context("fork") if sys.platform == "linux" else None
            self._pool = ProcessPoolExecutor(max_workers=self.count, mp_context=context, initializer=_warm_up)
            # With fork, every worker starts on the first submit, before the pool's own thread.
            self._pool.submit(_warm_up)
        return self._pool is not None

    def submit(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> Future[T]:
        """Run ``fn`` in a worker if the pool runs, else here; its result or error in a future."""
        if self._pool is not None:
            return self._pool.submit(fn, *args, **kwargs)
        future: Future[T] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as exc:  # delivered by future.result(), as from a worker
            future.set_exception(exc)
        return future

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
