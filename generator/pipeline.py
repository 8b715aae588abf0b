"""The stages in order: load → validate → IR → models → render → format → write.

The slow ones overlap: openapi-spec-validator runs in its own process from the start
(:mod:`generator.processes`); the models stage runs on one of the worker processes while this
process renders the templates and the other workers format the rendered modules with black
(:mod:`generator.workers`).

This module only sequences the stages and times them. The version and CHANGELOG are decided by
:mod:`generator.versioning`, the manifest is built by :mod:`generator.manifest`, writing and
comparing are :mod:`generator.write`'s.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from generator import rules
from generator.apidiff import Change, surface
from generator.errors import Warnings
from generator.fingerprint import DEFAULT_TEMPLATES, MANIFEST
from generator.format import Formatter
from generator.ir import build_ir
from generator.ir.nodes import Api
from generator.load import SpecDocument, deep_recursion, load_spec
from generator.manifest import Inputs, manifest
from generator.models import generate_models
from generator.processes import Validation
from generator.render import Rendered, render
from generator.validate import check_spec
from generator.versioning import CHANGELOG, Previous, Versioning, plan
from generator.workers import Workers

# Warnings of one rule that get their line looked up (and are shown); the rest are counted.
LOCATED_PER_RULE = 5


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
    versioning: Versioning

    @property
    def version(self) -> str:
        return self.versioning.version

    @property
    def changes(self) -> list[Change]:
        return self.versioning.changes


def generate(
    spec: Path,
    package: str,
    *,
    previous: Previous | None = None,
    cache: bool = True,
    templates: Path | None = None,
    strict: bool = False,
    release: bool = False,
    package_only: bool = False,
) -> Generation:
    """Run every stage up to formatting, in memory; the manifest records the fingerprints.

    ``previous`` is what the last generation left: the new public surface is diffed against its
    released surface for the CHANGELOG, and a new version is chosen only when ``release``.
    ``strict``: the likely mistakes of :mod:`generator.rules` are errors, not warnings.
    ``package_only``: nothing beside the package (no pyproject.toml, no CHANGELOG.md).
    """
    # Every stage recurses per level of nesting, which generator.load bounds (see RECURSION_LIMIT).
    with deep_recursion():
        timings = Timings()
        doc = _load_and_check(spec, timings, strict=strict)
        inputs = Inputs(spec, package, templates or DEFAULT_TEMPLATES)
        api, versioning, rendered = _build(doc, inputs, previous or Previous(), timings, cache=cache, release=release)
        beside = {} if package_only else {**rendered.beside, CHANGELOG: versioning.changelog}
        package_files = dict(rendered.package)
        package_files[MANIFEST] = manifest(api, inputs, versioning, package_files, beside)
        _locate(doc)
        return Generation(api, Rendered(package=package_files, beside=beside), doc.warnings, timings, versioning)


def _load_and_check(spec: Path, timings: Timings, *, strict: bool) -> SpecDocument:
    """Load, repair and check: every problem our checks find is refused here, in a fraction of a second."""
    with timings.stage("load"):
        doc = load_spec(spec)
    with timings.stage("validate"):
        check_spec(doc)
        rules.apply(doc, strict=strict, warnings=doc.warnings)
    return doc


def _build(
    doc: SpecDocument, inputs: Inputs, previous: Previous, timings: Timings, *, cache: bool, release: bool
) -> tuple[Api, Versioning, Rendered]:
    """IR, version, models, rendering and formatting, with the validator's verdict.

    openapi-spec-validator is the slowest stage: it runs in another process while the IR,
    models, rendering and formatting go on here. Its verdict comes first: when the document is
    invalid, its message is the one reported, whatever a later stage made of the document, and
    it is reported as soon as it arrives: the wait for the models stage ends there.
    """
    # The worker processes are forked first, while this process is small and has no threads;
    # they start at once when little of the output can come from the caches.
    with (
        Workers(start=previous.surface is None or not cache) as workers,
        Validation(doc.data, cache=cache) as validation,
    ):
        formatter = Formatter(workers, cache=cache)
        with timings.stage("ir"):
            api = build_ir(doc, inputs.package)
            versioning = plan(previous, surface(api), release=release)
        # datamodel-code-generator runs in a worker while this process renders the templates and
        # the other workers format them.
        models = workers.submit(generate_models, api, inputs.templates, cache=cache)
        with timings.stage("render"):
            rendered = render(api, versioning.version, inputs.templates, cache=cache)
            formatter.submit(rendered.package)
        with timings.stage("models (wait)"):
            formatter.submit({"models.py": validation.wait(models)})
        with timings.stage("format (wait)"):
            package_files = formatter.result()
        with timings.stage("validate (wait)"):
            validation.check()
    return api, versioning, Rendered(package=package_files, beside=rendered.beside)


def _locate(doc: SpecDocument) -> None:
    """Give the warnings that will be shown their line (looked up lazily: only those)."""
    shown: dict[str, int] = {}
    located = []
    for diag in doc.warnings.items:
        shown[diag.rule] = shown.get(diag.rule, 0) + 1
        if diag.pointer and shown[diag.rule] <= LOCATED_PER_RULE:
            diag = replace(diag, line=doc.line_of(diag.pointer))
        located.append(diag)
    doc.warnings.items = located
