"""``_manifest.json``: what a package was generated from, which files are the generator's, its surface.

Read by the next generation (the no-change shortcut, the released surface, the files it may
replace or delete) and by ``verify``; written last, once every other file is known.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.cache import Cache, key
from generator.fingerprint import MANIFEST, files_fingerprint, inputs_fingerprint
from generator.ir.nodes import Api
from generator.versioning import Versioning


@dataclass(frozen=True)
class Inputs:
    spec: Path
    package: str
    templates: Path
    strict: bool = False


def manifest(
    api: Api,
    inputs: Inputs,
    versioning: Versioning,
    package_files: dict[str, str],
    beside: dict[str, str],
    *,
    cache: bool = True,
) -> str:
    """The manifest of ``package_files`` (and the files ``beside`` the package)."""
    data: dict[str, Any] = {
        "generator_version": api.generator_version,
        "spec_sha256": api.spec_sha256,
        "inputs_sha256": inputs_fingerprint(
            inputs.spec, inputs.package, versioning.version, inputs.templates, strict=inputs.strict
        ),
        "files_sha256": files_fingerprint(package_files, beside),
        "beside": sorted(beside),
        "files": sorted({*package_files, MANIFEST}),
        "package": api.package,
        "package_version": versioning.version,
        "client": api.client_class,
        "async_client": api.async_client_class,
        "operations": [
            {
                "operationId": op.operation_id,
                "method": op.method,
                "path": op.path,
                "python": f"{op.resource}.{op.name}",
                **({"paginated": True} if op.pagination else {}),
            }
            for op in api.operations
        ],
        "surface": versioning.surface,
    }
    if versioning.released_surface is not None:
        data["released_surface"] = versioning.released_surface
    return _dumps(data, ("surface", "released_surface"), cache=cache) + "\n"


def _dumps(data: dict[str, Any], large: tuple[str, ...], *, cache: bool) -> str:
    """``json.dumps(data, indent=2, ensure_ascii=False)``, the ``large`` entries' text from a cache.

    With an indent, the json module encodes in pure Python: the surface of a large API took most
    of a warm regeneration's manifest. Its indented text is stored under the hash of its compact
    text (which the C encoder makes fast); the indented text is a function of the compact one.
    """
    store = Cache("json-indented", enabled=cache)
    parts: dict[str, str] = {}
    shallow = dict(data)
    for name in large:
        if name not in data:
            continue
        compact = json.dumps(data[name], ensure_ascii=False)
        digest = key("json-indented-1", compact)
        text = store.get(digest)
        if text is None:
            text = json.dumps(data[name], indent=2, ensure_ascii=False)
            store.put(digest, text)
        placeholder = f"\ufffe{name}-{digest}"  # a noncharacter: no spec text holds it
        shallow[name] = placeholder
        parts[json.dumps(placeholder, ensure_ascii=False)] = text.replace("\n", "\n  ")
    out = json.dumps(shallow, indent=2, ensure_ascii=False)
    for placeholder, text in parts.items():
        out = out.replace(placeholder, text, 1)
    return out


def read(package_dir: Path) -> dict[str, Any] | None:
    """The manifest in ``package_dir``, or None when there is none (or it is not ours)."""
    try:
        data = json.loads((package_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and "package_version" in data else None
