"""The stages in order: load → validate → IR → models → render → format → write.

The slow ones overlap: openapi-spec-validator runs in its own process from the start; the models
stage runs on one of the worker processes while this process renders the templates and the
other workers format the rendered modules with black (see :mod:`generator.workers`).

Each stage is a function of the previous stage's output; this module only sequences them,
times them, and decides between writing and comparing.
"""

from __future__ import annotations

import json
import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor
from importlib import metadata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.apidiff import Change
from generator.cache import Cache, key
from generator.errors import Warnings
from generator.ir.nodes import Api
from generator.render import Rendered

DEFAULT_VERSION = "0.1.0"
CHANGELOG = "CHANGELOG.md"


@dataclass
class Timings:
    stages: list[tuple[str, float]] = field(default_factory=list)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.stages.append((name, time.perf_counter() - started))

    @property
    def total(self) -> float:
        return sum(t for _, t in self.stages)

    def report(self) -> str:
        parts = ", ".join(f"{name} {seconds:.2f}s" for name, seconds in self.stages)
        return f"generated in {self.total:.2f}s ({parts})"


@dataclass
class Generation:
    api: Api
    rendered: Rendered
    warnings: Warnings
    timings: Timings
    version: str
    previous_version: str
    changes: list[Change]


@dataclass(frozen=True)
class Previous:
    """What the previous generation left: its version, public surface and changelog."""

    version: str = DEFAULT_VERSION
    surface: dict[str, Any] | None = None
    changelog: str | None = None

    @classmethod
    def read(cls, out: Path, package: str) -> Previous:
        try:
            data = json.loads((out / package / "_manifest.json").read_text(encoding="utf-8"))
            version, api_surface = str(data["package_version"]), data.get("surface")
        except (OSError, ValueError, KeyError, TypeError):
            return cls()
        try:
            log: str | None = (out / CHANGELOG).read_text(encoding="utf-8")
        except OSError:
            log = None
        return cls(version, api_surface if isinstance(api_surface, dict) else None, log)


class _Validation:
    """openapi-spec-validator in a worker process; ``check()`` raises its first complaint."""

    def __init__(self, data: dict[str, Any], *, cache: bool) -> None:
        from generator.validate import schema_error

        # A document already found valid (same bytes, same validator) is not validated again.
        self._store = Cache("validated", enabled=cache)
        validator = ";".join(
            f"{name}=={metadata.version(name)}" for name in ("openapi-spec-validator", "jsonschema-rs")
        )
        self._digest = key(validator, json.dumps(data))
        self._pool: ProcessPoolExecutor | None = None
        if self._store.get(self._digest) != "valid":
            self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
            self._pending = self._pool.submit(schema_error, data)

    def check(self) -> None:
        from generator.validate import raise_schema_error

        if self._pool is None:
            return
        error = self._pending.result()
        raise_schema_error(error)
        self._store.put(self._digest, "valid")

    def __enter__(self) -> _Validation:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        try:
            if exc is not None and not isinstance(exc, KeyboardInterrupt):
                self.check()  # an invalid document explains a later stage's failure better
        finally:
            if self._pool is not None:
                self._pool.shutdown(cancel_futures=True)


def generate(
    spec: Path,
    package: str,
    *,
    previous: Previous | None = None,
    cache: bool = True,
    templates: Path | None = None,
) -> Generation:
    """Run every stage up to formatting, in memory; the manifest records the fingerprints.

    ``previous`` is what the last generation left in the output directory: the new public
    surface is diffed against it to choose the version and extend the changelog.
    """
    from generator.apidiff import bump, changelog, diff, surface
    from generator.fingerprint import DEFAULT_TEMPLATES, MANIFEST, files_fingerprint, inputs_fingerprint
    from generator.format import Formatter
    from generator.workers import Workers
    from generator.ir import build_ir
    from generator.load import load_spec
    from generator.models import generate_models
    from generator.render import manifest, render
    from generator.validate import check_spec

    templates = templates or DEFAULT_TEMPLATES
    timings = Timings()
    with timings.stage("load"):
        doc = load_spec(spec)
    with timings.stage("validate"):
        check_spec(doc)
    # openapi-spec-validator is the slowest stage: it runs in another process while the IR,
    # models, rendering and formatting go on here. Its verdict comes first: when the document is
    # invalid, its message is the one reported, whatever a later stage made of the document.
    previous = previous or Previous()
    # The worker processes are forked first, while this process is small and has no threads;
    # they start at once when little of the output can come from the caches.
    with (
        Workers(start=previous.surface is None or not cache) as workers,
        _Validation(doc.data, cache=cache) as validation,
    ):
        formatter = Formatter(workers, cache=cache)
        with timings.stage("ir"):
            api = build_ir(doc, package)
            api_surface = surface(api)
            changes = diff(previous.surface, api_surface)
            version = bump(previous.version, changes)
        # datamodel-code-generator runs in a worker while this process renders the templates and
        # the other workers format them.
        models = workers.submit(generate_models, api, templates, cache=cache)
        with timings.stage("render"):
            rendered = render(api, version, templates, cache=cache)
            formatter.submit(rendered.package)
        with timings.stage("models (wait)"):
            formatter.submit({"models.py": models.result()})
        with timings.stage("format (wait)"):
            package_files = formatter.result()
        with timings.stage("validate (wait)"):
            validation.check()
    beside = {
        **rendered.beside,
        CHANGELOG: changelog(previous.changelog, version, changes, first=previous.surface is None),
    }
    package_files[MANIFEST] = manifest(
        api,
        version,
        inputs_fingerprint(spec, package, version, templates),
        files_fingerprint(package_files, beside),
        sorted(beside),
        api_surface,
    )
    rendered = Rendered(package=package_files, beside=beside)
    shown: dict[str, int] = {}
    for diag in doc.warnings.items:  # lines are looked up lazily, only for what is reported
        shown[diag.rule] = shown.get(diag.rule, 0) + 1
        if diag.pointer and shown[diag.rule] <= 5:
            object.__setattr__(diag, "line", doc.line_of(diag.pointer))
    return Generation(api, rendered, doc.warnings, timings, version, previous.version, changes)
