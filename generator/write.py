"""Stage 7, write: put the files in place atomically, or compare them with what is there.

The package is written into a temporary directory beside the target and swapped in with two
renames, so a failure at any point leaves the previous output exactly as it was.
"""

from __future__ import annotations

import difflib
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Drift:
    """How the files on disk differ from freshly generated ones."""

    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    diff: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)

    def summary(self, max_lines: int = 40) -> str:
        lines = [f"  + {n} (missing on disk)" for n in self.added]
        lines += [f"  - {n} (not generated any more)" for n in self.removed]
        lines += [f"  ~ {n}" for n in self.changed]
        shown = self.diff[:max_lines]
        if shown:
            lines += ["", *shown]
            if len(self.diff) > max_lines:
                lines.append(f"... {len(self.diff) - max_lines} more diff lines")
        return "\n".join(lines)


def _read_tree(root: Path) -> dict[str, str]:
    if not root.is_dir():
        return {}
    out = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            out[path.relative_to(root).as_posix()] = path.read_text(encoding="utf-8", errors="replace")
    return out


def compare(files: dict[str, str], target: Path) -> Drift:
    """Compare generated ``files`` with the directory ``target``."""
    current = _read_tree(target)
    drift = Drift()
    for name in sorted(set(files) | set(current)):
        if name not in current:
            drift.added.append(name)
        elif name not in files:
            drift.removed.append(name)
        elif files[name] != current[name]:
            drift.changed.append(name)
            drift.diff += list(
                difflib.unified_diff(
                    current[name].splitlines(),
                    files[name].splitlines(),
                    f"on disk: {name}",
                    f"generated: {name}",
                    n=1,
                    lineterm="",
                )
            )
    return drift


def write_tree(files: dict[str, str], target: Path) -> None:
    """Replace directory ``target`` by exactly ``files``, atomically."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    try:
        for name, text in files.items():
            path = tmp / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    old = target.parent / f".{target.name}.old-{os.getpid()}"
    if target.exists():
        os.replace(target, old)
    try:
        os.replace(tmp, target)
    except BaseException:
        if old.exists():
            os.replace(old, target)
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    shutil.rmtree(old, ignore_errors=True)


def write_file(text: str, target: Path) -> None:
    """Replace one file atomically (temporary file + rename)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
