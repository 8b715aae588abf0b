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
from generator.prose import PROSE_KEYS
from generator.workers import terminate

T = TypeVar("T")


class Validation:
    """openapi-spec-validator in a worker process; ``check()`` raises its complaints.

    As a context manager: when the block fails on a document the validator refuses, the
    validator's complaints are raised instead (they explain a later stage's failure better).
    """

    def __init__(self, data: dict[str, Any] | None = None, *, cache: bool, early: bool = False) -> None:
        """``data`` None: nothing to validate yet (see :meth:`run`), or a verdict known to be cached as valid.

        ``early``: start the validator's process now, before the document is repaired and
        checked: it imports openapi-spec-validator (a quarter of a second) while this process
        checks the document, and is ended unused if :meth:`run` finds the verdict cached.
        """
        # A document already found valid (same bytes, same validator) is not validated again.
        self._store = Cache("validated", enabled=cache)
        self._pool: ProcessPoolExecutor | None = None
        self._pending: Future[Any] | None = None
        self.digest = ""
        if early:
            self._start()
        if data is not None:
            self.run(data)

    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
            self._pool.submit(_import_validator)
        return self._pool

    def run(self, data: dict[str, Any]) -> None:
        """Validate ``data`` (the repaired document) in the validator's process, unless found valid before."""
        validator = ";".join(f"{name}=={version(name)}" for name in ("openapi-spec-validator", "jsonschema-rs"))
        self.digest = key("masked-1", validator, json.dumps(prose_masked(data)))
        if self._store.get(self.digest) != "valid":
            from generator.validate import schema_errors  # imported only when a validation runs

            self._pending = self._start().submit(schema_errors, data, cache=self._store.folder is not None)

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
                # Its answer is in (or no longer needed): a graceful exit would only tear down the
                # interpreter's modules, a tenth of a second this process would wait for.
                terminate(self._pool)
                self._pool.shutdown(cancel_futures=True)


def prose_masked(data: Any, parent: str = "") -> Any:
    """``data`` with the text of every ``description`` and ``summary`` string blanked.

    Such a string's content cannot make a document valid or invalid: OpenAPI and JSON Schema
    require only that it be a string. So a document found valid stays found valid when only its
    prose changed, and the commonest edit (a description) does not start the validator. Strings
    under ``mapping`` (a discriminator's values are schema references) are left as they are.
    The keys stay: a Response Object without a description is invalid, so adding or removing
    one is a change the validator sees.
    """
    if isinstance(data, dict):
        return {
            k: ("" if k in PROSE_KEYS and isinstance(v, str) and parent != "mapping" else prose_masked(v, k))
            for k, v in data.items()
        }
    if isinstance(data, list):
        return [prose_masked(item) for item in data]
    return data


def _import_validator() -> None:
    """Run first in the validator's process: the imports of a validation, while the document is checked."""
    import generator.validate  # noqa: F401
    import jsonschema_path  # noqa: F401
    import openapi_spec_validator.shortcuts  # noqa: F401
