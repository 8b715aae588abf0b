"""The stages in order: load → validate → IR → models → render → format → write.

Each stage is a function of the previous stage's output; this module only sequences them,
times them, and decides between writing and comparing.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from generator.errors import Warnings
from generator.ir.nodes import Api
from generator.render import Rendered

T = TypeVar("T")
DEFAULT_VERSION = "0.1.0"


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


def previous_version(package_dir: Path) -> str:
    """The package version recorded by the previous generation (kept until the API changes)."""
    try:
        data = json.loads((package_dir / "_manifest.json").read_text(encoding="utf-8"))
        return str(data["package_version"])
    except (OSError, ValueError, KeyError, TypeError):
        return DEFAULT_VERSION


def generate(spec: Path, package: str, *, version: str = DEFAULT_VERSION, out_dir_name: str = "generated") -> Generation:
    """Run every stage up to formatting, in memory."""
    from generator.format import format_files
    from generator.ir import build_ir
    from generator.load import load_spec
    from generator.models import generate_models
    from generator.render import render
    from generator.validate import validate_spec

    timings = Timings()
    with timings.stage("load"):
        doc = load_spec(spec)
    with timings.stage("validate"):
        validate_spec(doc)
    with timings.stage("ir"):
        api = build_ir(doc, package)
    with timings.stage("models"):
        models_source = generate_models(api)
    with timings.stage("render"):
        rendered = render(api, models_source, version, out_dir_name)
    with timings.stage("format"):
        package_files = format_files(rendered.package)
    rendered = Rendered(package=package_files, beside=rendered.beside)
    for diag in doc.warnings.items:  # lines are looked up lazily, only for what is reported
        object.__setattr__(diag, "line", doc.line_of(diag.pointer)) if diag.pointer else None
    return Generation(api, rendered, doc.warnings, timings)


def timed(timings: Timings, name: str, func: Callable[[], T]) -> T:
    with timings.stage(name):
        return func()
