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

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from generator.apidiff import Change
from generator.cache import Cache, key
from generator.checked import Checked, Memo, Unstorable, with_sha
from generator.errors import SHOWN_PER_RULE, SpecError, Warnings
from generator.fingerprint import DEFAULT_TEMPLATES, MANIFEST, templates_digest
from generator.format import Formatter
from generator.ir.nodes import Api
from generator.load import SpecDocument, deep_recursion, load_spec
from generator.manifest import Inputs, manifest
from generator.models import generate_models
from generator.processes import Validation
from generator.runtime import copied_modules
from generator.versioning import CHANGELOG, Previous, Versioning, plan
from generator.workers import Workers
from generator.write import Rendered

# Imported where used, not here: the checks, the rules, the IR builder and the render stage
# (Jinja2), which a regeneration whose early stages and rendering come from the caches never
# runs; not importing them is a good part of its start-up.


@dataclass
class Timings:
    stages: list[tuple[str, float]] = field(default_factory=list)

    @contextmanager
    def stage(self, name: str, started: float | None = None) -> Iterator[None]:
        started = time.perf_counter() if started is None else started
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

    (Runs once more without the caches in the unlikely case that what the early stages made of
    the document cannot be stored: their IR then holds prose stand-ins only the store puts back.)

    ``previous`` is what the last generation left: the new public surface is diffed against its
    released surface for the CHANGELOG, and a new version is chosen only when ``release``.
    ``strict``: the likely mistakes of :mod:`generator.rules` are errors, not warnings.
    ``package_only``: nothing beside the package (no pyproject.toml, no CHANGELOG.md).
    """
    try:
        return _generate(spec, package, previous, cache, templates, strict, release, package_only)
    except Unstorable:
        return _generate(spec, package, previous, False, templates, strict, release, package_only)


def _generate(
    spec: Path,
    package: str,
    previous: Previous | None,
    cache: bool,
    templates: Path | None,
    strict: bool,
    release: bool,
    package_only: bool,
) -> Generation:
    # Every stage recurses per level of nesting, which generator.load bounds (see RECURSION_LIMIT).
    with deep_recursion():
        timings = Timings()
        previous = previous or Previous()
        # The worker processes are forked first, while this process is small and has no threads:
        # all of them at once when little of the output can come from the caches, else one that
        # imports black meanwhile, for the units an edit changed (see generator.workers).
        start = previous.surface is None or not cache
        with Workers(start=start, warm=cache) as workers:
            with timings.stage("load"):
                doc = load_spec(spec)
            inputs = Inputs(spec, package, templates or DEFAULT_TEMPLATES, strict)
            # The validator's process starts now if the early stages' cache misses (and the pool
            # did not start), and imports the validator while this process checks the document.
            started = time.perf_counter()
            memo = Memo(doc, package, strict=strict, enabled=cache)  # from here on, doc.data's prose is stood in
            try:
                with Validation(cache=cache, early=memo.hit is None and not start) as validation:
                    with timings.stage("validate", started):
                        if memo.hit is None:
                            _check(doc, memo, strict=strict)
                        else:
                            _replay(doc, memo.hit, strict=strict)
                    api, versioning, rendered = _build(
                        doc, inputs, previous, timings, memo, validation, workers, cache=cache, release=release
                    )
            except SpecError as exc:
                _restore(exc, memo)
                raise
            finally:
                doc.warnings.items = [replace(d, message=memo.restore(d.message)) for d in doc.warnings.items]
        beside = {} if package_only else {**rendered.beside, CHANGELOG: versioning.changelog}
        package_files = dict(rendered.package)
        package_files[MANIFEST] = manifest(api, inputs, versioning, package_files, beside, cache=cache)
        _locate(doc)
        return Generation(api, Rendered(package=package_files, beside=beside), doc.warnings, timings, versioning)


def _check(doc: SpecDocument, memo: Memo, *, strict: bool) -> None:
    """Repair and check: every problem our checks find is refused here, in a fraction of a second.

    The warnings of the repairs and the likely mistakes found are noted in ``memo``, for the cache.
    """
    from generator import rules
    from generator.validate import check_spec

    before = len(doc.warnings.items)
    check_spec(doc)
    memo.repairs = doc.warnings.items[before:]
    memo.hits = rules.apply(doc, strict=strict, warnings=doc.warnings, cache=memo.enabled)


def _replay(doc: SpecDocument, checked: Checked, *, strict: bool) -> None:
    """The same data checked before: its warnings again, the likely mistakes in this file's order."""
    for diag in checked.repairs:
        doc.warnings.add(diag.message, diag.pointer, diag.rule)
    if checked.hits:
        from generator import rules

        rules.apply(doc, strict=strict, warnings=doc.warnings, found=checked.hits)
    for diag in checked.ir_warnings:
        doc.warnings.add(diag.message, diag.pointer, diag.rule)


def _build(
    doc: SpecDocument,
    inputs: Inputs,
    previous: Previous,
    timings: Timings,
    memo: Memo,
    validation: Validation,
    workers: Workers,
    *,
    cache: bool,
    release: bool,
) -> tuple[Api, Versioning, Rendered]:
    """IR, version, models, rendering and formatting, with the validator's verdict.

    openapi-spec-validator is the slowest stage: it runs in another process while the IR,
    models, rendering and formatting go on here. Its verdict comes first: when the document is
    invalid, its message is the one reported, whatever a later stage made of the document, and
    it is reported as soon as it arrives: the wait for the models stage ends there.
    """
    checked = memo.hit
    # With the early stages' result cached, the validator's verdict is cached too (see generator.checked).
    if checked is None:
        validation.run(doc.data)
    formatter = Formatter(workers, cache=cache, volatile=doc.sha256)
    with timings.stage("ir"):
        if checked is not None:
            api, api_surface = with_sha(checked.api, doc.sha256), checked.surface
        else:
            from generator.apidiff import surface
            from generator.ir.build import build_ir

            before = len(doc.warnings.items)
            api = build_ir(doc, inputs.package)
            api_surface = surface(api)
            ir_warnings = doc.warnings.items[before:]
            stored = memo.put(Checked(api, api_surface, memo.repairs, memo.hits, ir_warnings, validation.digest))
            api, api_surface = stored.api, stored.surface
        versioning = plan(previous, api_surface, release=release)
    # datamodel-code-generator runs in a worker while this process renders the templates and
    # the other workers format them.
    models = workers.submit(generate_models, api, inputs.templates, cache=cache)
    with timings.stage("render"):
        rendered = _render(api, versioning.version, inputs.templates, cache=cache, basis=memo.exact)
        verbatim = {p.name for p in copied_modules()}  # kept black-formatted (see generator.runtime)
        formatter.keep({name: text for name, text in rendered.package.items() if name in verbatim})
        formatter.submit({name: text for name, text in rendered.package.items() if name not in verbatim})
    with timings.stage("models (wait)"):
        formatter.submit({"models.py": validation.wait(models)})
    with timings.stage("format (wait)"):
        package_files = formatter.result()
    with timings.stage("validate (wait)"):
        validation.check()
    return api, versioning, Rendered(package=package_files, beside=rendered.beside)


def _render(api: Api, version: str, templates: Path, *, cache: bool, basis: str | None) -> Rendered:
    """The render stage, cached by the early stages' key (``basis``), the version and the templates.

    The IR is a function of that key but for its ``spec_sha256`` (the file's bytes, written in
    ``_version.py``): a stored result is kept with the hash it was rendered with, which is then
    replaced by this file's (a spec cannot contain the hash of its own bytes).
    """
    store = Cache("rendered", enabled=cache and basis is not None)
    digest = key("rendered-1", basis or "", version, templates_digest(templates)) if store.folder else ""
    stored = store.get(digest) if digest else None
    if stored is not None:
        try:
            old, package, beside = json.loads(stored)
            if api.spec_sha256 != old:
                package = {name: text.replace(old, api.spec_sha256) for name, text in package.items()}
                beside = {name: text.replace(old, api.spec_sha256) for name, text in beside.items()}
            return Rendered(package=package, beside=beside)
        except (ValueError, TypeError, AttributeError):  # a damaged entry only costs time
            pass
    from generator.render import render

    rendered = render(api, version, templates, cache=cache)
    if digest:
        store.put(digest, json.dumps([api.spec_sha256, rendered.package, rendered.beside]))
    return rendered


def _restore(exc: SpecError, memo: Memo) -> None:
    """Put the real prose in place of the tokens in ``exc`` (its messages may quote the document)."""
    if memo.stand_ins.texts:
        for problem in exc.problems:
            problem.message, problem.hint = memo.restore(problem.message), memo.restore(problem.hint)
            problem.frame = memo.restore(problem.frame)
        exc.args = tuple(memo.restore(a) if isinstance(a, str) else a for a in exc.args)
        exc.message, exc.hint = memo.restore(exc.message), memo.restore(exc.hint)


def _locate(doc: SpecDocument) -> None:
    """Give the warnings that will be shown their line (looked up lazily: only those)."""
    shown: dict[str, int] = {}
    located = []
    for diag in doc.warnings.items:
        shown[diag.rule] = shown.get(diag.rule, 0) + 1
        if diag.pointer and shown[diag.rule] <= SHOWN_PER_RULE:
            diag = replace(diag, line=doc.line_of(diag.pointer))
        located.append(diag)
    doc.warnings.items = located
