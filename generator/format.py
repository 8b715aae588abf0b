"""Stage 6, format: black over every generated Python file.

The black version is pinned in the project's requirements: it decides the bytes of the output.
A file black cannot parse means a template or the models stage produced invalid Python, which
is a generator bug, reported with the file name and black's message.

Black is most of the cost of a cold generation, so files are formatted on the worker processes
of :mod:`generator.workers`, large ones in pieces.
"""

from __future__ import annotations

import json
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from generator.cache import Cache, key
from generator.fingerprint import version
from generator.errors import InternalError
from generator.workers import Workers

LINE_LENGTH = 120
TARGET = "py310"
# Everything that decides black's output; part of every cache key.
_MODE_KEY = f"black=={version('black')} line_length={LINE_LENGTH} target={TARGET}"

# Below this much unformatted source, sending it to a worker costs more than it saves.
_PARALLEL_THRESHOLD = 60_000


def _mode() -> Any:
    import black  # imported only when something must really be formatted
    from black.mode import TargetVersion

    return black.Mode(target_versions={TargetVersion[TARGET.upper()]}, line_length=LINE_LENGTH)


def _key(source: str) -> str:
    return key(_MODE_KEY, source)


# A file larger than twice this is formatted in pieces of about this size, so that one big module
# (the models of a large spec, a resource with hundreds of operations) does not keep one worker
# busy long after the others are done, nor hold the whole syntax tree of black in memory.
_PIECE = 48_000
# Methods cut out of a class are formatted inside this stand-in class header, dropped afterwards.
_HOST = "class _:\n"


@dataclass(frozen=True)
class Piece:
    """Part of a file: ``text`` is formatted alone, then joined after ``before`` (blank lines)."""

    file: str
    text: str
    before: str = ""  # "" for the first piece, else the blank lines black puts at the cut
    member: bool = False  # methods of a class: formatted inside ``_HOST``


def _pieces(file: str, source: str, size: int | None = None) -> list[Piece]:
    """``source`` cut into pieces (of about ``size``, default ``_PIECE``) that black formats exactly as the whole file.

    Black formats statement by statement; what it decides across statements is the blank lines
    between them. It puts two before a top-level ``class`` and one before a method of a class,
    when neither is decorated nor preceded by a comment, so cuts go only there and the pieces
    are joined with those blank lines. A cut is kept only if the text before it parses on its
    own, which proves it is not inside a string or brackets. (The text is not parsed whole:
    the syntax tree of a large module takes far more memory than the rest of the generation.)
    """
    size = _PIECE if size is None else size
    if len(source) <= 2 * size:
        return [Piece(file, source)]
    lines = source.splitlines(keepends=True)
    pieces: list[Piece] = []
    start, grown, before, in_class = 0, 0, "", False
    for index, line in enumerate(lines):
        if grown >= size and index > 0 and not lines[index - 1].strip():
            blank = _cut_kind(line, in_class)
            previous = next((text for text in reversed(lines[start:index]) if text.strip()), "")
            if blank and not previous.lstrip().startswith(("@", "#")) and _parses(lines[start:index], before == "\n"):
                pieces.append(Piece(file, "".join(lines[start:index]), before, member=before == "\n"))
                start, grown, before = index, 0, blank
        if line[:1].isalpha():  # a statement at column 0: is it a class (whose methods may be cut)?
            in_class = line.startswith("class ")
        grown += len(line)
    pieces.append(Piece(file, "".join(lines[start:]), before, member=before == "\n"))
    return pieces


def _cut_kind(line: str, in_class: bool) -> str:
    """The blank lines black puts before ``line`` if a piece may start there, else ``""``."""
    if line.startswith("class "):
        return "\n\n"
    if in_class and line.startswith(("    def ", "    async def ")):
        return "\n"
    return ""


def _parses(lines: list[str], member: bool) -> bool:
    import ast

    try:
        ast.parse((_HOST if member else "") + "".join(lines))
    except SyntaxError:
        return False
    return True


def _join(pieces: list[str], befores: list[str]) -> str:
    return "".join(before + piece for before, piece in zip(befores, pieces, strict=True))


def _format_one(piece: Piece) -> tuple[str, str | None]:
    """Black's output for the piece, or the piece and black's complaint."""
    try:
        import black

        if not piece.member:
            return black.format_str(piece.text, mode=_mode()), None
        formatted = black.format_str(_HOST + piece.text, mode=_mode())
        return formatted[len(_HOST) :].lstrip("\n"), None
    except Exception as exc:  # black raises several unrelated types for invalid input
        return piece.text, f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"


def _format_many(pieces: list[Piece]) -> list[tuple[str, str | None]]:
    return [_format_one(piece) for piece in pieces]


# Every file is also cut into units of about this size (by ``_pieces``, so with its guarantee),
# each cached by its text: an edit of the spec changes one operation or one model, and only the
# units it changed are formatted again. The units of a file are stored together, in one entry
# per file name (the units of its last version): one read and one write per changed file.
_UNIT = 2_000


def _unit_key(piece: Piece) -> str:
    return key(_MODE_KEY, "member" if piece.member else "top", piece.text)


@dataclass
class _Pending:
    name: str
    source: str
    units: list[Piece]
    done: dict[int, str]  # formatted units, by index
    batches: list[tuple[list[int], Future[list[tuple[str, str | None]]]]]


class Formatter:
    """Black with a content-addressed cache, on the shared worker processes.

    Files are submitted as soon as they exist and collected at the end, so that the workers
    format the rendered modules while the models stage runs. A large batch of cache misses
    starts the workers if they are not running; a small one is formatted in this process
    (``Workers.submit`` runs a job here when no worker runs).
    """

    def __init__(self, workers: Workers, *, cache: bool = True, volatile: str = "") -> None:
        """``volatile``: a string that changes with every edit of the spec (its hash, in ``_version.py``).

        It is formatted as a stand-in of the same length, put back afterwards: black treats two
        string literals of one length alike, and an edit that changes only the hash does not
        format that file again (importing black alone would take longer than the rest of the stage).
        """
        self._store = Cache(f"black-{version('black')}", enabled=cache)
        self._units = Cache(f"black-units-{version('black')}", enabled=cache)
        self._workers = workers
        self._volatile = volatile
        self._stand_in = "0" * len(volatile)
        self._done: dict[str, str] = {}
        self._restore: set[str] = set()
        self._pending: list[_Pending] = []

    def _known(self, name: str) -> dict[str, str]:
        """The formatted units of the last version of ``name`` stored, by their key."""
        raw = self._units.get(key(_MODE_KEY, "units-1", name))
        if raw is None:
            return {}
        try:
            known = json.loads(raw)
        except ValueError:  # a damaged entry only costs time
            return {}
        return known if isinstance(known, dict) else {}

    def submit(self, files: dict[str, str]) -> None:
        """Queue ``files`` for formatting; their ``.py`` files go to the workers at once.

        Black is deterministic, so its output is cached by the hash of its input: a regeneration
        formats only the files whose source changed, and of those only the units that changed.
        Collect everything with :meth:`result`.
        """
        todo: list[_Pending] = []
        for name, source in files.items():
            if self._volatile and name.endswith(".py") and self._volatile in source and self._stand_in not in source:
                source = source.replace(self._volatile, self._stand_in)
                self._restore.add(name)
            hit = self._store.get(_key(source)) if name.endswith(".py") else source
            if hit is not None:
                self._done[name] = hit
                continue
            units = _pieces(name, source, _UNIT)
            known = self._known(name) if len(units) > 1 else {}
            done = {}
            for index, unit in enumerate(units):
                formatted = known.get(_unit_key(unit))
                if isinstance(formatted, str):
                    done[index] = formatted
            todo.append(_Pending(name, source, units, done, []))
        missing = [(item, index) for item in todo for index in range(len(item.units)) if index not in item.done]
        if sum(len(item.units[index].text) for item, index in missing) > _PARALLEL_THRESHOLD:
            self._workers.start()
        # The missing units of a file go in batches of about ``_PIECE``, each one job.
        jobs: list[tuple[_Pending, list[int], int]] = []
        for item in todo:
            batch: list[int] = []
            size = 0
            for index in range(len(item.units)):
                if index in item.done:
                    continue
                batch.append(index)
                size += len(item.units[index].text)
                if size >= _PIECE:
                    jobs.append((item, batch, size))
                    batch, size = [], 0
            if batch:
                jobs.append((item, batch, size))
        # Largest first, so that no worker is left with a big job at the end.
        for item, batch, size in sorted(jobs, key=lambda job: -job[2]):
            pieces = [item.units[index] for index in batch]
            item.batches.append((batch, self._workers.submit(_format_many, pieces, garbage=size)))
        self._pending.extend(todo)

    def keep(self, files: dict[str, str]) -> None:
        """Add ``files`` to the result as they are: they are black's output already."""
        self._done.update(files)

    def result(self) -> dict[str, str]:
        """Every submitted file, formatted; raises for a file black could not parse."""
        for item in self._pending:
            for batch, future in item.batches:
                for index, (text, error) in zip(batch, future.result(), strict=True):
                    if error is not None:
                        raise InternalError(f"generated {item.name} is not valid Python ({error})")
                    item.done[index] = text
            texts = [item.done[index] for index in range(len(item.units))]
            formatted = _join(texts, [unit.before for unit in item.units])
            self._store.put(_key(item.source), formatted)
            if len(item.units) > 1:
                units = {_unit_key(unit): text for unit, text in zip(item.units, texts, strict=True)}
                self._units.put(key(_MODE_KEY, "units-1", item.name), json.dumps(units, ensure_ascii=False))
            self._done[item.name] = formatted
        self._pending = []
        done_files, self._done = self._done, {}
        for name in self._restore & done_files.keys():
            done_files[name] = done_files[name].replace(self._stand_in, self._volatile)
        self._restore -= done_files.keys()
        return done_files
