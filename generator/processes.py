"""Process management: openapi-spec-validator in a process of its own, beside the stages.

The worker pool of the models and format stages is :mod:`generator.workers`; this module holds
the other process, the validator's, and the rule that its verdict is reported first.
"""

from __future__ import annotations

import json
import multiprocessing
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any, TypeVar

from generator.cache import Cache, key
from generator.fingerprint import version

T = TypeVar("T")


class Validation:
    """openapi-spec-validator in a worker process; ``check()`` raises its complaints.

    As a context manager: when the block fails on a document the validator refuses, the
    validator's complaints are raised instead (they explain a later stage's failure better).
    """

    def __init__(self, data: dict[str, Any] | None, *, cache: bool) -> None:
        """``data`` None: a document whose verdict is known to be cached as valid (see generator.checked)."""
        # A document already found valid (same bytes, same validator) is not validated again.
        self._store = Cache("validated", enabled=cache)
        self._pool: ProcessPoolExecutor | None = None
        self._pending: Future[Any] | None = None
        self.digest = ""
        if data is None:
            return
        validator = ";".join(f"{name}=={version(name)}" for name in ("openapi-spec-validator", "jsonschema-rs"))
        self.digest = key(validator, json.dumps(data))
        if self._store.get(self.digest) != "valid":
            from generator.validate import schema_errors  # imported only when a validation runs

            self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
            self._pending = self._pool.submit(schema_errors, data)

    def check(self) -> None:
        if self._pending is None:
            return
        from generator.validate import raise_schema_errors

        raise_schema_errors(self._pending.result())
        self._store.put(self.digest, "valid")

    def wait(self, future: Future[T]) -> T:
        """``future``'s result; but the validator's complaints at once if it finishes first with some.

        The slow stages do not run to their end for a document that is going to be refused.
        """
        pending = self._pending
        while pending is not None and not future.done():
            wait([future, pending], return_when=FIRST_COMPLETED)
            if pending.done():
                if pending.exception() is None:
                    self.check()
                break
        return future.result()

    def __enter__(self) -> Validation:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        try:
            if exc is not None and not isinstance(exc, KeyboardInterrupt):
                self.check()  # an invalid document explains a later stage's failure better
        finally:
            if self._pool is not None:
                self._pool.shutdown(cancel_futures=True)
