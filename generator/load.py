"""Stage 1, load: read a YAML or JSON file into plain Python data.

Loading is tuned for speed (libyaml's C loader when present, ``json`` for JSON files); line
numbers are not tracked up front. When a later stage reports a problem at a JSON pointer,
:meth:`SpecDocument.line_of` composes the YAML node tree once and walks it to that node.

The input may come from anyone, so what it can cost is bounded before anything else runs:

* nesting deeper than :data:`MAX_DEPTH` levels of mappings and sequences is refused (the
  largest real specs nest a few dozen levels); no later stage can then overflow the stack;
* YAML aliases (``*name``) and merge keys (``<<``) are checked on the node graph, before the
  document is built: a cycle is refused, and so is a document whose aliases would expand it
  past :data:`MAX_EXPANDED_NODES` nodes and ten times its own size (the "billion laughs"
  shape: a 1 KB file that every later tree walk would see as a billion nodes).

Each refusal is a :class:`SpecError` with the line of the offending node.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.errors import SpecError, Warnings, parts_of, pointer_of

if TYPE_CHECKING:
    import yaml

# Levels of mappings and sequences below the root a document may have.
MAX_DEPTH = 256
# Nodes a document's aliases may expand it to, when that is also more than ten times its size.
MAX_EXPANDED_NODES = 1_000_000
# Every stage recurses once or a few times per level of nesting (the validator's meta-schema
# checks, datamodel-code-generator, black): with nesting bounded by MAX_DEPTH, this many frames
# is enough for all of them, and fits in the 8 MiB C stack of a thread (pure-Python calls take
# no C stack in Python 3.11+).
RECURSION_LIMIT = 12_000


@contextmanager
def deep_recursion() -> Iterator[None]:
    """This process's recursion limit raised (never lowered) meanwhile; workers forked meanwhile inherit it."""
    before = sys.getrecursionlimit()
    sys.setrecursionlimit(max(before, RECURSION_LIMIT))
    try:
        yield
    finally:
        sys.setrecursionlimit(before)


@functools.cache
def _loader() -> Any:
    """PyYAML's safe loader (libyaml's C one when present), keeping timestamps as strings:
    OpenAPI is JSON data, not YAML dates. Made on first use: a JSON spec whose warnings need no
    line never imports PyYAML (a tenth of a regeneration's start-up)."""
    import yaml

    base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class _Loader(base):  # type: ignore[misc]
        pass

    _Loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in base.yaml_implicit_resolvers.items()
    }
    return _Loader


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
        import yaml

        if self._root is None:
            try:
                self._root = yaml.compose(self.text, Loader=_loader())
            except (yaml.YAMLError, RecursionError):
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
    is_json = path.suffix.lower() == ".json"
    data = _parse_json(text) if is_json else _parse_yaml(text)
    if not isinstance(data, dict):
        kind = type(data).__name__ if data is not None else "empty document"
        raise SpecError(f"the spec must be a mapping (an OpenAPI object), found {kind}", "/", line=1)
    doc = SpecDocument(path=path, text=text, data=data)
    # JSON object keys are always strings, and JSON has no aliases: only the depth is checked,
    # level by level (the path to a node too deep is only looked for when there is one).
    if not is_json or _deeper_than(data, MAX_DEPTH):
        _inspect(doc, stringify=not is_json)
    return doc


def _deeper_than(root: Any, limit: int) -> bool:
    """Whether a mapping or sequence of ``root`` (a tree: no node shared) lies more than ``limit`` levels below it."""
    level, depth = [root], 0
    while level:
        if depth > limit:
            return True
        below: list[Any] = []
        for node in level:
            below.extend(v for v in (node.values() if isinstance(node, dict) else node) if isinstance(v, (dict, list)))
        level, depth = below, depth + 1
    return False


def _too_deep(where: str = "") -> str:
    return (
        f"the document nests mappings and sequences more than {MAX_DEPTH} levels deep{where}; "
        "real specs nest a few dozen at most"
    )


def _parse_json(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise SpecError(f"invalid JSON: {exc.msg} (column {exc.colno})", line=exc.lineno) from None
    except RecursionError:
        raise SpecError(_too_deep(), line=_json_line_past_depth(text)) from None


# Something that may be a YAML anchor (``&name``); a false positive only costs a check.
_ANCHOR = re.compile(r"(?:^|[\s,\[{])&[^\s,\[\]{}]", re.MULTILINE)
_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}\n]')


def _json_line_past_depth(text: str) -> int | None:
    """Line where a JSON text first nests deeper than :data:`MAX_DEPTH` (strings skipped)."""
    depth, line = 0, 1
    for match in _JSON_TOKEN.finditer(text):
        token = match.group(0)
        if token == "\n":
            line += 1
        elif token in "[{":
            depth += 1
            if depth > MAX_DEPTH + 1:  # the root itself is level 0 below the root
                return line
        elif token in "]}":
            depth -= 1
        else:
            line += token.count("\n")  # JSON strings cannot hold raw newlines; kept for safety
    return None


def _parse_yaml(text: str) -> Any:
    import yaml

    try:
        loader = _loader()(text)
        try:
            root = loader.get_single_node()
            if root is None:
                return None
            if _ANCHOR.search(text):  # without an anchor there is no alias: nesting is checked later
                _check_nodes(root)
                return loader.construct_document(root)
            try:
                return _plain_tree(root, loader)
            except RecursionError:  # nesting past the limit: the library's way, then the depth check says where
                return loader.construct_document(root)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = " ".join(str(p) for p in (exc.context, exc.problem) if p)
        line = mark.line + 1 if mark is not None else None
        col = f" (column {mark.column + 1})" if mark is not None else ""
        lines = text.split("\n")
        if mark is not None and mark.line < len(lines) and "\t" in lines[mark.line][: mark.column + 1]:
            # libyaml's words for it ("a character that cannot start any token") do not say which.
            raise SpecError(
                f"invalid YAML: a tab character{col}; YAML indents with spaces only",
                line=line,
                hint="replace the tab with spaces (most editors can show and convert tabs)",
            ) from None
        raise SpecError(f"invalid YAML: {what}{col}", line=line) from None
    except yaml.YAMLError as exc:
        raise SpecError(f"invalid YAML: {exc}") from None
    except RecursionError:  # only without libyaml: the pure-Python composer recurses
        raise SpecError(_too_deep()) from None


_STR, _MAP, _SEQ = "tag:yaml.org,2002:str", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"
_MERGE = "tag:yaml.org,2002:merge"


def _plain_tree(root: yaml.Node, loader: Any) -> Any:
    """The data of a node tree without aliases, as ``loader.construct_document`` makes it, faster.

    Strings, mappings and sequences (nearly all of a spec) are built here directly; every other
    node (a number, a boolean, null, an explicit or unknown tag, a merge key, an unhashable key)
    is handed to the library's constructor, which builds it, or refuses it with its own error.
    The library's generic construction was a third of loading a YAML spec.
    """
    import yaml

    scalar, mapping, sequence = yaml.ScalarNode, yaml.MappingNode, yaml.SequenceNode

    def build(node: yaml.Node) -> Any:
        kind = type(node)
        if kind is scalar:
            return node.value if node.tag == _STR else loader.construct_object(node, deep=True)
        if kind is mapping and node.tag == _MAP:
            out: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                if key_node.tag == _MERGE:
                    return loader.construct_object(node, deep=True)
                key = build(key_node)
                try:
                    out[key] = build(value_node)
                except TypeError:  # an unhashable key: the library's error for it
                    return loader.construct_object(node, deep=True)
            return out
        if kind is sequence and node.tag == _SEQ:
            return [build(item) for item in node.value]
        return loader.construct_object(node, deep=True)

    return build(root)


def _check_nodes(root: yaml.Node) -> None:
    """Refuse alias cycles, alias expansion past the limits, and nesting past :data:`MAX_DEPTH`.

    One depth-first pass over the node graph, each node entered once: ``size`` is the number
    of nodes a node stands for once every alias and merge key below it is expanded, ``height``
    its levels of nesting, both known when it is left. A node met again while it is still being
    walked is an alias to one of its own ancestors: a cycle.
    """
    import yaml

    size: dict[int, int] = {}
    height: dict[int, int] = {}
    open_nodes: set[int] = set()
    biggest: tuple[int, yaml.Node] = (0, root)  # the alias standing for the most nodes, its parent
    unique = 0
    # (node, its parent, depth, entering): children pushed on entering, totals computed on leaving.
    stack: list[tuple[yaml.Node, yaml.Node, int, bool]] = [(root, root, 0, True)]
    while stack:
        node, parent, depth, entering = stack.pop()
        ident = id(node)
        children: list[yaml.Node] = []
        if isinstance(node, yaml.MappingNode):
            children = [n for pair in node.value for n in pair]
        elif isinstance(node, yaml.SequenceNode):
            children = list(node.value)
        if not entering:
            open_nodes.discard(ident)
            size[ident] = 1 + sum(size[id(c)] for c in children)
            height[ident] = (1 + max(height[id(c)] for c in children)) if children else 0
            continue
        if ident in open_nodes:
            raise SpecError(
                "a YAML alias refers to a node that contains it: the document would be infinite",
                line=parent.start_mark.line + 1,
            )
        if depth > MAX_DEPTH:
            raise SpecError(_too_deep(" here"), line=node.start_mark.line + 1)
        if ident in size:  # an alias (or merge) of a node already walked
            if depth + height[ident] > MAX_DEPTH:
                raise SpecError(_too_deep(" once its aliases are expanded"), line=parent.start_mark.line + 1)
            if size[ident] > biggest[0]:
                biggest = (size[ident], parent)
            continue
        unique += 1
        open_nodes.add(ident)
        stack.append((node, parent, depth, False))
        stack.extend((child, node, depth + 1, True) for child in reversed(children))
    expanded = size[id(root)]
    if expanded > MAX_EXPANDED_NODES and expanded > 10 * unique:
        raise SpecError(
            f"YAML aliases expand this {unique:,}-node document to {expanded:,} nodes (allowed: "
            f"{MAX_EXPANDED_NODES:,}, or ten times the document); an alias here repeats {biggest[0]:,} nodes",
            line=biggest[1].start_mark.line + 1,
            hint="a 'billion laughs' document: aliases of aliases; write the repeated part once, or use $ref",
        )


def _inspect(doc: SpecDocument, *, stringify: bool) -> None:
    """One pass over the data: the depth limit (JSON) and non-string keys made strings (YAML).

    YAML aliases make some containers shared; each is visited once. Paths are kept as links to
    the parent's entry and spelled out only for a warning or an error.
    """
    seen: set[int] = set()
    stack: list[tuple[Any, Any, int]] = [(doc.data, None, 0)]  # (node, (key, parent's path), depth)

    def pointer(path: Any) -> str:
        parts: list[str] = []
        while path is not None:
            parts.append(path[0])
            path = path[1]
        return pointer_of(reversed(parts))

    while stack:
        node, path, depth = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if depth > MAX_DEPTH:
            where = pointer(path)
            line = doc.line_of(where) or (_json_line_past_depth(doc.text) if not stringify else None)
            raise SpecError(_too_deep(" here"), where, line=line)
        if isinstance(node, dict):
            if stringify and any(not isinstance(k, str) for k in node):
                fixed = {}
                for key, value in node.items():
                    if not isinstance(key, str):
                        name = "null" if key is None else str(key).lower() if isinstance(key, bool) else str(key)
                        doc.warnings.add(
                            f"non-string key {key!r} read as the string {name!r}",
                            pointer((name, path)),
                            "integer-key",
                        )
                        key = name
                    fixed[key] = value
                node.clear()
                node.update(fixed)
            stack.extend((v, (k, path), depth + 1) for k, v in node.items() if isinstance(v, (dict, list)))
        elif isinstance(node, list):
            stack.extend((v, (str(i), path), depth + 1) for i, v in enumerate(node) if isinstance(v, (dict, list)))
