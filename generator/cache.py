"""A content-addressed cache for the slow, deterministic stages (models and black).

A value is stored under the hash of everything that decides it, so a hit is always correct and
nothing ever needs invalidating. Location: ``GENERATOR_CACHE_DIR``, else the user cache folder.
Reading or writing it is best effort: a cache that fails only costs time.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path


def cache_dir() -> Path:
    base = os.environ.get("GENERATOR_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "openapi-python-generator"
    )
    return Path(base)


def key(*parts: str) -> str:
    # surrogatepass: a lone surrogate (a JSON escape in a spec) is hashed, not refused
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


class Cache:
    """One kind of cached value (``kind`` is a subfolder); disabled when ``enabled`` is false."""

    def __init__(self, kind: str, *, enabled: bool = True) -> None:
        self.folder = cache_dir() / kind if enabled else None

    def get(self, digest: str) -> str | None:
        if self.folder is None:
            return None
        try:
            return (self.folder / digest).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None

    def get_bytes(self, digest: str) -> bytes | None:
        if self.folder is None:
            return None
        try:
            return (self.folder / digest).read_bytes()
        except OSError:
            return None

    def put(self, digest: str, text: str) -> None:
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: not stored (it only costs time)
            return
        self.put_bytes(digest, data)

    def put_bytes(self, digest: str, data: bytes) -> None:
        if self.folder is None:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            tmp = self.folder / f".{digest}.{os.getpid()}.tmp"
            tmp.write_bytes(data)
            os.replace(tmp, self.folder / digest)
        except OSError:
            pass
