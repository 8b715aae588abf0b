"""Prose stand-ins: the document with its descriptions and summaries replaced by tokens.

The commonest spec edit changes prose: an operation's summary, a schema's description. The early
stages (the checks, the rules, the IR build) only carry such text through; none of them decides
anything by what it says. So they can run on the document with each distinct text stood in by a
token (``Zprose3Q``), and their result, cached under the hash of that document
(:mod:`generator.checked`), serves every document that differs from it only in its prose: the
tokens in the result are replaced by this document's texts when it is read back.

What is stood in: a ``description`` or ``summary`` string with something other than whitespace
in it, where the key is a keyword (not a name in ``properties``, ``schemas``, ``responses`` ...),
outside data (``example``, ``examples``, ``default``, ``enum``, ``const``), outside extensions
(``x-*``), outside ``servers`` (a server's short description names its environment, so its
text does decide something) and outside a discriminator's ``mapping``. A blank string stays as
it is (a check may read it as missing). A description's text gets the same token wherever it is,
so two schemas (or parameters, responses ...) are equal in the stood-in document exactly when
they are equal in the real one. A summary gets a token of its own at each place: it belongs to
an operation, a path item or the API, nodes nothing compares with one another, and an edit of a
summary that others share (generated specs repeat them) then still finds the entry.

The token prefix occurs in no string of the document (nor in its keys), so replacing tokens can
never touch anything else, and replacing them twice changes nothing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

# Keys whose string values OpenAPI constrains only to be strings, wherever they appear.
PROSE_KEYS = frozenset({"description", "summary"})
# Maps keyed by names the spec's author chose: their values are never prose, whatever the key reads.
_NAMED = frozenset(
    {
        "properties",
        "patternProperties",
        "dependentSchemas",
        "dependentRequired",
        "$defs",
        "definitions",
        "schemas",
        "responses",
        "parameters",
        "requestBodies",
        "headers",
        "securitySchemes",
        "callbacks",
        "pathItems",
        "paths",
        "webhooks",
        "content",
        "encoding",
        "variables",
        "scopes",
        "securityDefinitions",
    }
)
# Subtrees whose strings are data, or whose prose decides something: left as they are.
_KEPT = frozenset({"example", "examples", "default", "enum", "const", "servers", "mapping", "links"})
_BASE = "Zprose"


@dataclass(frozen=True)
class StandIns:
    """The tokens of one document: ``texts[i]`` is what ``{prefix}{i}Q`` stands for."""

    prefix: str
    texts: tuple[str, ...]
    _pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)
    _whole: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_pattern", re.compile(re.escape(self.prefix) + r"(\d+)Q"))
        object.__setattr__(self, "_whole", {f"{self.prefix}{i}Q": text for i, text in enumerate(self.texts)})

    def restore(self, text: str) -> str:
        """``text`` with every token replaced by the prose it stands for."""
        if self.prefix not in text:
            return text
        whole = self._whole.get(text)  # most marked strings are one token (a field copied through)
        if whole is not None:
            return whole
        texts = self.texts
        return self._pattern.sub(lambda m: texts[int(m.group(1))] if int(m.group(1)) < len(texts) else m.group(), text)

    def digest_part(self) -> str:
        """The texts, for a cache key of something that depends on them (the rendered files)."""
        return json.dumps([self.prefix, *self.texts], ensure_ascii=False)


NONE = StandIns(_BASE, ())


def stand_in(data: Any) -> tuple[Any, StandIns, str]:
    """``data`` with its prose stood in by tokens (in place: it is the caller's no more), the
    tokens, and the stood-in document as JSON text.

    The JSON text (keys in the document's order) is what the early stages' cache key hashes; it
    is made here anyway, to check that no other string holds the prefix. Raises ``TypeError`` or
    ``ValueError`` for data that is not JSON (YAML dates, binary), with ``data`` as it was: such
    a document is not stood in.
    """
    spots: list[tuple[Any, str, str]] = []  # (container, key, text), in the document's order
    _find(data, False, spots)
    prefix = _BASE
    while True:
        if any(prefix in text for _, _, text in spots):
            prefix += "z"
            continue
        texts: list[str] = []
        numbers: dict[str, int] = {}  # a description's text → its token's number
        for container, k, text in spots:
            number = numbers.get(text) if k != "summary" else None
            if number is None:
                number = len(texts)
                texts.append(text)
                if k != "summary":
                    numbers[text] = number
            container[k] = f"{prefix}{number}Q"
        try:
            dumped = json.dumps(data, ensure_ascii=False, allow_nan=True)
        except (TypeError, ValueError, RecursionError):
            dumped = None
        # Every occurrence of the prefix must be one of the tokens: no other string may hold it.
        if dumped is not None and dumped.count(prefix) == len(spots):
            return data, StandIns(prefix, tuple(texts)), dumped
        for container, k, text in spots:
            container[k] = text
        if dumped is None:
            raise TypeError("not JSON data")
        prefix += "z"


def _find(node: Any, named: bool, spots: list[tuple[Any, str, str]]) -> None:
    """Note the prose of ``node``; ``named``: ``node`` is a map keyed by names (``properties``),
    whose values are never prose."""
    if isinstance(node, list):
        for item in node:
            if isinstance(item, (dict, list)):
                _find(item, False, spots)
        return
    for k, v in node.items():
        if isinstance(v, (dict, list)):
            if named:
                _find(v, False, spots)
            elif isinstance(k, str) and k not in _KEPT and not k.startswith("x-"):
                _find(v, k in _NAMED, spots)
        elif not named and k in PROSE_KEYS and isinstance(v, str) and v.strip():
            spots.append((node, k, v))
