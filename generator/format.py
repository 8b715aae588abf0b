"""Stage 6, format: black over every generated Python file, in-process.

The black version is pinned in the project's requirements: it decides the bytes of the output.
A file black cannot parse means a template or the models stage produced invalid Python, which
is a generator bug, reported with the file name and black's message.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from importlib import metadata
from typing import Any

from generator.cache import Cache, key
from generator.errors import InternalError

LINE_LENGTH = 120
TARGET = "py310"
# Everything that decides black's output; part of every cache key.
_MODE_KEY = f"black=={metadata.version('black')} line_length={LINE_LENGTH} target={TARGET}"


def _mode() -> Any:
    import black  # imported only when something must really be formatted
    from black.mode import TargetVersion

    return black.Mode(target_versions={TargetVersion[TARGET.upper()]}, line_length=LINE_LENGTH)


# Below this much source, starting worker processes costs more than it saves.
_PARALLEL_THRESHOLD = 400_000


def _key(source: str) -> str:
    return key(_MODE_KEY, source)


def _format_one(item: tuple[str, str]) -> tuple[str, str, str | None]:
    name, source = item
    try:
        import black

        return name, black.format_str(source, mode=_mode()), None
    except Exception as exc:  # black raises several unrelated types for invalid input
        return name, source, f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"


def format_files(files: dict[str, str], *, cache: bool = True) -> dict[str, str]:
    """The same files with every ``.py`` formatted; other files untouched.

    Black is deterministic, so its output is cached by the hash of its input: a regeneration
    formats only the files whose source changed. ``cache=False`` formats everything.
    """
    out = dict(files)
    store = Cache(f"black-{metadata.version('black')}", enabled=cache)
    todo = []
    for name, source in files.items():
        if not name.endswith(".py"):
            continue
        hit = store.get(_key(source))
        if hit is None:
            todo.append((name, source))
        else:
            out[name] = hit
    size = sum(len(s) for _, s in todo)
    workers = min(len(todo), os.cpu_count() or 1)
    if size > _PARALLEL_THRESHOLD and workers > 1:
        big_first = sorted(todo, key=lambda item: -len(item[1]))
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(_format_one, big_first))
    else:
        results = [_format_one(item) for item in todo]
    for name, formatted, error in results:
        if error is not None:
            raise InternalError(f"generated {name} is not valid Python ({error})")
        store.put(_key(files[name]), formatted)
        out[name] = formatted
    return out
