"""Versions change on release only: the package's version, its CHANGELOG and the released surface.

The manifest records the public surface of this generation (``surface``) and, while it differs
from the last release, the released one (``released_surface``); ``package_version`` is the last
released version. A generation diffs its surface against the released one: the changes go to
the CHANGELOG's ``## Unreleased`` section, rewritten each time, and the version stays. So an
edit that is reverted restores every file byte for byte. A release (``--release``, ``make
release``) bumps the version as the changes imply (semver), turns ``Unreleased`` into that
version's entry and makes the surface the released one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.apidiff import Change, bump, changelog, diff
from generator.fingerprint import MANIFEST

DEFAULT_VERSION = "0.1.0"
CHANGELOG = "CHANGELOG.md"


@dataclass(frozen=True)
class Previous:
    """What the previous generation left: the released version and surface, this surface, the changelog."""

    version: str = DEFAULT_VERSION
    surface: dict[str, Any] | None = None
    released_surface: dict[str, Any] | None = None
    changelog: str | None = None

    @classmethod
    def read(cls, package_dir: Path, changelog_path: Path | None = None) -> Previous:
        try:
            data = json.loads((package_dir / MANIFEST).read_text(encoding="utf-8"))
            version, api_surface = str(data["package_version"]), data.get("surface")
            released = data.get("released_surface", api_surface)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return cls()
        log: str | None = None
        if changelog_path is not None:
            try:
                log = changelog_path.read_text(encoding="utf-8")
            except OSError:
                log = None
        api_surface = api_surface if isinstance(api_surface, dict) else None
        released = released if isinstance(released, dict) else None
        return cls(version, api_surface, released, log)


@dataclass(frozen=True)
class Versioning:
    """The version of this generation, what changed since the last release, the CHANGELOG text."""

    version: str
    released_version: str
    next_version: str  # what a release would make of it
    changes: list[Change]
    released_surface: dict[str, Any] | None  # recorded in the manifest while it differs from this surface
    changelog: str
    surface: dict[str, Any]  # this generation's

    def report(self) -> str:
        """The text ``make generate`` prints: what users of the package will notice."""
        if not self.changes:
            return f"public API unchanged since {self.released_version}"
        kind = "breaking" if any(c.breaking for c in self.changes) else "compatible"
        if self.version != self.released_version:
            head = f"public API changed ({kind}): released version {self.released_version} → {self.version}"
        else:
            head = (
                f"public API changed since {self.released_version} ({kind}; in CHANGELOG.md under Unreleased): "
                f"`make release` makes it {self.next_version}"
            )
        lines = [head]
        lines += [f"  {'breaking  ' if c.breaking else 'compatible'}  {c.text}" for c in self.changes]
        return "\n".join(lines)


def plan(previous: Previous, api_surface: dict[str, Any], *, release: bool) -> Versioning:
    """Diff against the released surface; bump and record a version only when ``release``."""
    changes = diff(previous.released_surface, api_surface)
    first = previous.surface is None
    following = bump(previous.version, changes)
    version = following if release else previous.version
    log = changelog(previous.changelog, version, changes, first=first, release=release)
    released = previous.released_surface if changes and not release else None
    return Versioning(version, previous.version, following, changes, released, log, api_surface)
