"""Stage 6, format: black over every generated Python file, in-process.

The black version is pinned in the project's requirements: it decides the bytes of the output.
A file black cannot parse means a template or the models stage produced invalid Python, which
is a generator bug, reported with the file name and black's message.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor

import black
from black.mode import TargetVersion

from generator.errors import InternalError

LINE_LENGTH = 120
MODE = black.Mode(target_versions={TargetVersion.PY310}, line_length=LINE_LENGTH)
# Below this much source, starting worker processes costs more than it saves.
_PARALLEL_THRESHOLD = 400_000


def _format_one(item: tuple[str, str]) -> tuple[str, str, str | None]:
    name, source = item
    try:
        return name, black.format_str(source, mode=MODE), None
    except Exception as exc:  # black raises several unrelated types for invalid input
        return name, source, f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"


def format_files(files: dict[str, str]) -> dict[str, str]:
    """The same files with every ``.py`` formatted; other files untouched."""
    todo = [(n, s) for n, s in files.items() if n.endswith(".py")]
    size = sum(len(s) for _, s in todo)
    workers = min(len(todo), os.cpu_count() or 1)
    if size > _PARALLEL_THRESHOLD and workers > 1:
        big_first = sorted(todo, key=lambda item: -len(item[1]))
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(_format_one, big_first))
    else:
        results = [_format_one(item) for item in todo]
    out = dict(files)
    for name, source, error in results:
        if error is not None:
            raise InternalError(f"generated {name} is not valid Python ({error})")
        out[name] = source
    return out
