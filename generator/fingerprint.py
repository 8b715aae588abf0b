"""What a generation depends on, as one hash: the no-change shortcut of ``make generate``.

The output is a pure function of the spec, the package name and version, the templates, the
generator's own code and the versions of the libraries that shape the bytes (black above all);
whether the run passes also depends on ``--strict``, which is part of the fingerprint too.
When the fingerprint recorded in the previous manifest matches, and the files on disk are still
the ones that generation wrote, regenerating would reproduce them byte for byte: skip it.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TEMPLATES = _ROOT / "templates"
_LIBRARIES = (
    "black",
    "datamodel-code-generator",
    "Jinja2",
    "PyYAML",
    "openapi-spec-validator",
    "jsonschema-rs",
    "pydantic",
)
MANIFEST = "_manifest.json"


def inputs_fingerprint(
    spec: Path, package: str, version: str, templates: Path = DEFAULT_TEMPLATES, *, strict: bool
) -> str:
    """``strict``: a lenient run's output is no proof that a strict run would pass (nor the reverse)."""
    digest = hashlib.sha256()
    digest.update(json.dumps([package, version, "strict" if strict else "lenient"]).encode())
    digest.update(spec.read_bytes())
    for folder in dict.fromkeys((templates, DEFAULT_TEMPLATES, _ROOT / "generator")):  # an overlay, then ours
        digest.update(_folder_digest(folder).encode())
    digest.update(libraries().encode())
    return digest.hexdigest()


@functools.cache
def _folder_digest(folder: Path) -> str:
    """Hash of every file below ``folder`` (names and contents); read once per process."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def templates_digest(templates: Path = DEFAULT_TEMPLATES) -> str:
    """Hash of the templates a generation renders: an overlay's, then ours."""
    digest = hashlib.sha256()
    for folder in dict.fromkeys((templates, DEFAULT_TEMPLATES)):
        digest.update(str(folder).encode() + b"\0" + _folder_digest(folder).encode())
    return digest.hexdigest()


@functools.cache
def libraries() -> str:
    """The versions of the libraries that shape the output, as one string."""
    out = []
    for name in _LIBRARIES:
        try:
            out.append(f"{name}=={version(name)}")
        except ImportError:  # importlib.metadata.PackageNotFoundError
            out.append(f"{name} missing")
    return "".join(out)


def _normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


@functools.cache
def version(name: str) -> str:
    """``importlib.metadata.version(name)``, read from the ``.dist-info`` folder when that is unambiguous.

    Importing importlib.metadata (and the email parser it reads METADATA with) is a sizeable part
    of a warm regeneration's start-up: the first ``sys.path`` entry that holds the distribution
    is searched as importlib.metadata does, and anything unusual there (an ``.egg-info``, two
    versions, no ``Version:`` line) is left to importlib.metadata itself.
    """
    wanted = _normalized(name)
    for entry in sys.path:
        try:
            names = _listing(entry or ".")
        except OSError:
            continue
        found = [n for n in names if _normalized(n.rpartition(".")[0].partition("-")[0]) == wanted and "." in n]
        if not found:
            continue
        if len(found) == 1 and found[0].endswith(".dist-info"):
            try:
                with open(os.path.join(entry or ".", found[0], "METADATA"), encoding="utf-8") as meta:
                    for line in meta:
                        if not line.strip():
                            break
                        if line.startswith("Version:"):
                            return line.partition(":")[2].strip()
            except OSError:
                pass
        break
    from importlib import metadata

    return metadata.version(name)


@functools.cache
def _listing(folder: str) -> tuple[str, ...]:
    return tuple(n for n in os.listdir(folder) if n.endswith((".dist-info", ".egg-info")))


@functools.cache
def generator_digest() -> str:
    """Hash of the generator's own code and of the libraries' versions (not of the templates)."""
    digest = hashlib.sha256()
    digest.update(_folder_digest(_ROOT / "generator").encode())
    digest.update(libraries().encode())
    return digest.hexdigest()


def files_fingerprint(files: dict[str, str], beside: dict[str, str]) -> str:
    """Hash of a package's files (the manifest itself excepted) and of the files beside it."""
    digest = hashlib.sha256()
    named = {**files, **{f"../{name}": text for name, text in beside.items()}}
    for name in sorted(named):
        if name != MANIFEST:
            digest.update(name.encode() + b"\0" + named[name].encode() + b"\0")
    return digest.hexdigest()


def _tree(root: Path) -> dict[str, str] | None:
    try:
        return {
            p.relative_to(root).as_posix(): p.read_text(encoding="utf-8")
            for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }
    except (OSError, UnicodeDecodeError):
        return None


def up_to_date(target: Path, fingerprint: str) -> bool:
    """True when ``target`` was generated from exactly these inputs and not touched since."""
    try:
        manifest = json.loads((target / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(manifest, dict) or manifest.get("inputs_sha256") != fingerprint:
        return False
    files = _tree(target)
    beside: dict[str, str] = {}
    for name in manifest.get("beside") or []:
        try:
            beside[name] = (target.parent / name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return False
    return files is not None and manifest.get("files_sha256") == files_fingerprint(files, beside)
