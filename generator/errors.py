"""Errors and warnings that point at a place in the spec.

Every problem the generator reports about its input is a :class:`SpecError` (fatal) or a
:class:`Diagnostic` (warning). Both carry a JSON pointer into the document; the CLI turns the
pointer into ``file:line`` through the loaded document, so stages never need to know about lines.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


def pointer_of(parts: Iterable[str | int]) -> str:
    """Render path segments as an RFC 6901 JSON pointer (``/paths/~1pets/get``)."""
    out = ""
    for part in parts:
        out += "/" + str(part).replace("~", "~0").replace("/", "~1")
    return out or "/"


def same_node(a: str, b: str) -> bool:
    """One pointer is the other or lies inside it: two reports of one problem at different depths."""
    return bool(a and b) and (a == b or a.startswith(b + "/") or b.startswith(a + "/"))


# Warnings of one rule that are shown (and get their line looked up); the rest are counted.
SHOWN_PER_RULE = 5


def parts_of(pointer: str) -> list[str]:
    """Split an RFC 6901 JSON pointer into its unescaped segments."""
    if pointer in ("", "/", "#", "#/"):
        return []
    body = pointer[1:] if pointer.startswith("#") else pointer
    return [p.replace("~1", "/").replace("~0", "~") for p in body.split("/")[1:]]


@dataclass(frozen=True)
class Diagnostic:
    """A located warning: generation goes on, the user is told where and why."""

    message: str
    pointer: str = ""
    rule: str = "warning"
    line: int | None = None


class SpecError(Exception):
    """A problem in the input that stops generation (CLI exit code 2).

    ``kind`` names the group the problem is reported in when there are several (``"unresolvable
    $ref"``); ``problems`` is every problem this error stands for (itself, or those of a
    :class:`SpecProblems`).
    """

    def __init__(
        self,
        message: str,
        pointer: str = "",
        *,
        hint: str = "",
        line: int | None = None,
        kind: str = "",
        frame: str = "",
    ):
        super().__init__(message)
        self.message = message
        self.pointer = pointer
        self.hint = hint
        self.line = line
        self.kind = kind
        self.frame = frame  # the spec's line with a caret under the culprit, when known

    @property
    def problems(self) -> list[SpecError]:
        return [self]

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled whole (pointer, hint, line), for errors raised in a worker process."""
        return (self.__class__, (self.message, self.pointer), self.__dict__)


class SpecProblems(SpecError):
    """Several problems of one spec, found in one run; the first one is also this error's own."""

    def __init__(self, problems: list[SpecError]) -> None:
        first = problems[0]
        super().__init__(first.message, first.pointer, hint=first.hint, line=first.line, kind=first.kind)
        self._problems = list(problems)

    @property
    def problems(self) -> list[SpecError]:
        return list(self._problems)

    def __str__(self) -> str:
        return f"{len(self._problems)} problems; the first: {self.message}"

    def __reduce__(self) -> tuple[Any, ...]:
        return (SpecProblems, (self._problems,))


@dataclass
class Problems:
    """Collects the problems of a spec, so that one run reports all of them."""

    items: list[SpecError] = field(default_factory=list)

    def add(self, message: str, pointer: str = "", *, hint: str = "", kind: str = "") -> None:
        self.items.append(SpecError(message, pointer, hint=hint, kind=kind))

    def extend(self, errors: list[SpecError]) -> None:
        self.items.extend(errors)

    def raise_if_any(self) -> None:
        if len(self.items) == 1:
            raise self.items[0]
        if self.items:
            raise SpecProblems(self.items)


class UsageError(Exception):
    """Bad command-line usage (CLI exit code 2)."""


class InternalError(Exception):
    """A bug of the generator: a stage produced something a later stage cannot use."""


@dataclass
class Warnings:
    """Collects diagnostics from every stage, in order, without duplicates."""

    items: list[Diagnostic] = field(default_factory=list)

    def add(self, message: str, pointer: str = "", rule: str = "warning") -> None:
        diag = Diagnostic(message, pointer, rule)
        if diag not in self.items:
            self.items.append(diag)
