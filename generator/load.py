"""Stage 1, load: read a YAML or JSON file into plain Python data.

Loading is tuned for speed (libyaml's C loader when present, ``json`` for JSON files); line
numbers are not tracked up front. When a later stage reports a problem at a JSON pointer,
:meth:`SpecDocument.line_of` composes the YAML node tree once and walks it to that node.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.errors import SpecError, Warnings, parts_of, pointer_of

_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc]
    """Safe loader that keeps timestamps as strings: OpenAPI is JSON data, not YAML dates."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


@dataclass
class SpecDocument:
    """A loaded spec: its data, where it came from, and a lazy pointer → line index."""

    path: Path
    text: str
    data: dict[str, Any]
    warnings: Warnings = field(default_factory=Warnings)
    _root: Any = field(default=None, repr=False)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def line_of(self, pointer: str) -> int | None:
        """1-based line of the node at ``pointer`` (or of its nearest existing parent)."""
        if self._root is None:
            try:
                self._root = yaml.compose(self.text, Loader=_Loader)
            except yaml.YAMLError:
                return None
        node = self._root
        line = node.start_mark.line + 1 if node is not None else None
        for part in parts_of(pointer):
            if isinstance(node, yaml.MappingNode):
                for key, value in node.value:
                    if str(key.value) == part:
                        node = value
                        line = key.start_mark.line + 1
                        break
                else:
                    return line
            elif isinstance(node, yaml.SequenceNode) and part.isdigit() and int(part) < len(node.value):
                node = node.value[int(part)]
                line = node.start_mark.line + 1
            else:
                return line
        return line


def load_spec(path: Path) -> SpecDocument:
    """Read ``path``; raise :class:`SpecError` with a line for unreadable or malformed input."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpecError(f"spec file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(f"cannot read spec file {path}: {exc}") from None
    data = _parse(text, path)
    if not isinstance(data, dict):
        kind = type(data).__name__ if data is not None else "empty document"
        raise SpecError(f"the spec must be a mapping (an OpenAPI object), found {kind}", "/", line=1)
    doc = SpecDocument(path=path, text=text, data=data)
    if path.suffix.lower() != ".json":  # JSON object keys are always strings
        _stringify_keys(doc)
    return doc


def _parse(text: str, path: Path) -> Any:
    if path.suffix.lower() == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise SpecError(f"invalid JSON: {exc.msg} (column {exc.colno})", line=exc.lineno) from None
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = " ".join(str(p) for p in (exc.context, exc.problem) if p)
        line = mark.line + 1 if mark is not None else None
        col = f" (column {mark.column + 1})" if mark is not None else ""
        raise SpecError(f"invalid YAML: {what}{col}", line=line) from None
    except yaml.YAMLError as exc:
        raise SpecError(f"invalid YAML: {exc}") from None


def _stringify_keys(doc: SpecDocument) -> None:
    """Turn non-string mapping keys (``200:`` in YAML) into strings, warning where they were."""
    stack: list[tuple[Any, tuple[str, ...]]] = [(doc.data, ())]
    while stack:
        node, where = stack.pop()
        if isinstance(node, dict):
            if any(not isinstance(k, str) for k in node):
                fixed = {}
                for key, value in node.items():
                    if not isinstance(key, str):
                        name = "null" if key is None else str(key).lower() if isinstance(key, bool) else str(key)
                        doc.warnings.add(
                            f"non-string key {key!r} read as the string {name!r}",
                            pointer_of((*where, name)),
                            "integer-key",
                        )
                        key = name
                    fixed[key] = value
                node.clear()
                node.update(fixed)
            stack.extend((v, (*where, k)) for k, v in node.items() if isinstance(v, (dict, list)))
        elif isinstance(node, list):
            stack.extend((v, (*where, str(i))) for i, v in enumerate(node) if isinstance(v, (dict, list)))
