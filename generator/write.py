"""Stage 7, write: put the files in place atomically, or compare them with what is there.

The package is written into a temporary directory beside the target and swapped in with two
renames, so a failure at any point leaves the previous output exactly as it was.

Output never clobbers: the generator writes only into a package folder it made (its manifest
says so) or an empty one, and beside it only files its manifest lists; anything else is refused
unless ``overwrite``. It never deletes a file it did not write: such files are kept and named.
"""

from __future__ import annotations

import difflib
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import UsageError
from generator.fingerprint import MANIFEST


@dataclass(frozen=True)
class Rendered:
    """The package's files (paths relative to the package dir) and the files beside it."""

    package: dict[str, str]
    beside: dict[str, str]


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


def _names(root: Path) -> list[str]:
    """The files under ``root`` (as :func:`_read_tree` keys them), without reading them."""
    return sorted(
        path.relative_to(root).as_posix()
        for path in root.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    )


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


@dataclass
class Claim:
    """What the generator may do in an output folder: the files it keeps there that are not its own."""

    foreign: list[str] = field(default_factory=list)  # in the package folder, not written by us: kept


def claim(out: Path, package: str, beside: list[str], previous: dict[str, Any] | None, *, overwrite: bool) -> Claim:
    """Check that writing ``out/package`` (and ``beside`` files in ``out``) clobbers nothing.

    ``previous`` is the manifest found in ``out/package`` (None when there is none). Raises
    :class:`UsageError` naming what would be overwritten, unless ``overwrite``.
    """
    target = out / package
    present = _names(target) if target.is_dir() else []
    if target.exists() and not target.is_dir():
        raise UsageError(f"{target} exists and is not a folder; nothing was written.")
    ours = previous is not None
    listed = previous.get("files") if previous is not None else None
    written = set(listed) if isinstance(listed, list) else set(present) if ours else set()
    foreign = [name for name in present if name not in written]
    clobbered: list[str] = []
    if not ours and present:
        clobbered += [f"{target.name}/{name}" for name in present]
    old_beside = set(previous.get("beside") or []) if previous is not None else set()
    clobbered += [name for name in beside if (out / name).exists() and name not in old_beside]
    if clobbered and not overwrite:
        shown = ", ".join(clobbered[:8]) + (f" and {len(clobbered) - 8} more" if len(clobbered) > 8 else "")
        raise UsageError(
            f"{out} holds files the generator did not write ({shown}); nothing was written. Generate into an "
            "empty folder, pass --package-only to write the package alone, or --overwrite to replace "
            "same-named files (other files are never deleted)."
        )
    return Claim(foreign=[n for n in foreign if n != MANIFEST] if ours else [n for n in present if n != MANIFEST])


def write_tree(files: dict[str, str], target: Path, keep: list[str] | None = None) -> None:
    """Replace directory ``target`` by exactly ``files`` (and the files ``keep`` names in it), atomically."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    try:
        for name, text in files.items():
            path = tmp / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
        for name in keep or []:
            if name not in files and (target / name).is_file():
                (tmp / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(target / name, tmp / name)
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
