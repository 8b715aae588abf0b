"""What a generation depends on, as one hash: the no-change shortcut of ``make generate``.

The output is a pure function of the spec, the package name and version, the templates, the
generator's own code and the versions of the libraries that shape the bytes (black above all).
When the fingerprint recorded in the previous manifest matches, and the files on disk are still
the ones that generation wrote, regenerating would reproduce them byte for byte: skip it.
"""

from __future__ import annotations

import hashlib
import json
from importlib import metadata
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


def inputs_fingerprint(spec: Path, package: str, version: str, templates: Path = DEFAULT_TEMPLATES) -> str:
    digest = hashlib.sha256()
    digest.update(json.dumps([package, version]).encode())
    digest.update(spec.read_bytes())
    for folder in dict.fromkeys((templates, DEFAULT_TEMPLATES, _ROOT / "generator")):  # an overlay, then ours
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    for name in _LIBRARIES:
        try:
            digest.update(f"{name}=={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name} missing".encode())
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
