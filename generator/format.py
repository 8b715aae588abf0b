"""Stage 6, format: black over every generated Python file.

The black version is pinned in the project's requirements: it decides the bytes of the output.
A file black cannot parse means a template or the models stage produced invalid Python, which
is a generator bug, reported with the file name and black's message.

Black is most of the cost of a cold generation, so files are formatted in worker processes, one
per core. The workers are forked when the pipeline starts, while this process is still small
(after the models stage it holds datamodel-code-generator's parse of the whole spec, which a fork
would share page for page with every worker), and they import black while the earlier stages run.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from importlib import metadata
from typing import Any

from generator.cache import Cache, key
from generator.errors import InternalError

LINE_LENGTH = 120
TARGET = "py310"
# Everything that decides black's output; part of every cache key.
_MODE_KEY = f"black=={metadata.version('black')} line_length={LINE_LENGTH} target={TARGET}"

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


def _pieces(file: str, source: str) -> list[Piece]:
    """``source`` cut into pieces that black formats exactly as it formats the whole file.

    Black formats statement by statement; what it decides across statements is the blank lines
    between them. It puts two before a top-level ``class`` and one before a method of a class,
    when neither is decorated nor preceded by a comment, so cuts go only there and the pieces
    are joined with those blank lines. A cut is kept only if the text before it parses on its
    own, which proves it is not inside a string or brackets. (The text is not parsed whole:
    the syntax tree of a large module takes far more memory than the rest of the generation.)
    """
    if len(source) <= 2 * _PIECE:
        return [Piece(file, source)]
    lines = source.splitlines(keepends=True)
    pieces: list[Piece] = []
    start, size, before, in_class = 0, 0, "", False
    for index, line in enumerate(lines):
        if size >= _PIECE and index > 0 and not lines[index - 1].strip():
            blank = _cut_kind(line, in_class)
            previous = next((text for text in reversed(lines[start:index]) if text.strip()), "")
            if blank and not previous.lstrip().startswith(("@", "#")) and _parses(lines[start:index], before == "\n"):
                pieces.append(Piece(file, "".join(lines[start:index]), before, member=before == "\n"))
                start, size, before = index, 0, blank
        if line[:1].isalpha():  # a statement at column 0: is it a class (whose methods may be cut)?
            in_class = line.startswith("class ")
        size += len(line)
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


def _warm_up() -> None:
    """Run in each worker as it starts: black's import overlaps the stages before formatting."""
    _mode()


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


class Formatter:
    """Black with a content-addressed cache and, when asked to start early, a pool of workers.

    Files are submitted as soon as they exist and collected at the end, so that the workers
    format the rendered modules while this process runs the models stage.
    ``start_workers=True`` forks the workers at once; the pipeline asks for it when most files
    will miss the cache (first generation, or ``--force``). Otherwise a large batch of misses
    starts the pool when it arrives, and a small one is formatted in this process.
    """

    def __init__(self, *, cache: bool = True, start_workers: bool = False) -> None:
        self._store = Cache(f"black-{metadata.version('black')}", enabled=cache)
        self._workers = os.cpu_count() or 1
        self._pool: ProcessPoolExecutor | None = None
        self._done: dict[str, str] = {}
        self._inline: list[tuple[str, str]] = []
        self._pending: list[tuple[str, str, list[tuple[str, Future[tuple[str, str | None]]]]]] = []
        if start_workers:
            self._start()

    def _start(self) -> ProcessPoolExecutor | None:
        if self._pool is None and self._workers > 1:
            # fork shares the loaded interpreter (no re-import of the generator); elsewhere the
            # platform's default start method is used.
            context = multiprocessing.get_context("fork") if sys.platform == "linux" else None
            self._pool = ProcessPoolExecutor(max_workers=self._workers, mp_context=context, initializer=_warm_up)
            # With fork, every worker starts on the first submit, before the pool's own thread.
            self._pool.submit(_warm_up)
        return self._pool

    def __enter__(self) -> Formatter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def submit(self, files: dict[str, str]) -> None:
        """Queue ``files`` for formatting; their ``.py`` files go to the workers at once.

        Black is deterministic, so its output is cached by the hash of its input: a regeneration
        formats only the files whose source changed. Collect everything with :meth:`result`.
        """
        todo = []
        for name, source in files.items():
            hit = self._store.get(_key(source)) if name.endswith(".py") else source
            if hit is None:
                todo.append((name, source))
            else:
                self._done[name] = hit
        size = sum(len(s) for _, s in todo)
        pool = self._pool or (self._start() if size > _PARALLEL_THRESHOLD and len(todo) > 1 else None)
        if pool is None:
            self._inline.extend(todo)
            return
        pieces = [piece for name, source in todo for piece in _pieces(name, source)]
        futures: dict[int, Future[tuple[str, str | None]]] = {}
        # Largest first, so that no worker is left with a big piece at the end.
        for index in sorted(range(len(pieces)), key=lambda index: -len(pieces[index].text)):
            futures[index] = pool.submit(_format_one, pieces[index])
        for name, source in todo:
            own = [(piece.before, futures[index]) for index, piece in enumerate(pieces) if piece.file == name]
            self._pending.append((name, source, own))

    def result(self) -> dict[str, str]:
        """Every submitted file, formatted; raises for a file black could not parse."""
        results = [
            (name, source, [(before, future.result()) for before, future in parts])
            for name, source, parts in self._pending
        ]
        results += [(name, source, [("", _format_one(Piece(name, source)))]) for name, source in self._inline]
        self._pending, self._inline = [], []
        for name, source, done in results:
            for _, (_, error) in done:
                if error is not None:
                    raise InternalError(f"generated {name} is not valid Python ({error})")
            formatted = _join([text for _, (text, _) in done], [before for before, _ in done])
            self._store.put(_key(source), formatted)
            self._done[name] = formatted
        done_files, self._done = self._done, {}
        return done_files
