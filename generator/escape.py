"""Escaping filters: the only way a spec string reaches generated source.

Each filter makes arbitrary text (quotes, backslashes, newlines, NUL and other control
characters, unicode line separators, Jinja syntax) inert in one context. Templates apply the
filter of the context they write into; identifiers come from :mod:`generator.naming`, never
from raw spec text.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any


def pystr(value: object) -> str:
    """A Python string literal with the value, quoted the way black would quote it.

    ``repr`` is exact for every ``str``; it prefers single quotes, which black rewrites to double
    quotes whenever that adds no escape. Doing it here spares black that work on every string.
    """
    literal = repr(str(value))
    if literal[0] == "'" and '"' not in literal:  # no quote character inside: swap the delimiters
        literal = '"' + literal[1:-1] + '"'
    return literal


def pytuple(values: Any) -> str:
    """A tuple literal of strings (or of tuples of strings), laid out as black leaves it."""
    items = [pytuple(v) if isinstance(v, (list, tuple)) else pystr(v) for v in values]
    return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"


def pyrepr(value: Any) -> str:
    """A Python literal for JSON-like data (str, int, float, bool, None, lists and dicts of them)."""
    if value is None or isinstance(value, (bool, int, float)):
        return repr(value)
    if isinstance(value, str):
        return pystr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(pyrepr(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{pyrepr(str(k))}: {pyrepr(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"not a JSON-like value: {type(value).__name__}")


def _unsafe(char: str) -> bool:
    return char not in "\n\t" and unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn")


# Printable ASCII plus newline and tab: text made only of these needs no per-character look
# (almost all text; the per-character unicodedata check was most of the render stage's time).
_PLAIN = re.compile(r"[\n\t\x20-\x7e]*")


def docstring(value: object) -> str:
    """Text that can sit between triple double quotes of a (non-raw) docstring."""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\\", "\\\\").replace('"', '\\"')
    if not _PLAIN.fullmatch(text):
        text = "".join(
            f"\\u{ord(c):04x}" if _unsafe(c) and ord(c) <= 0xFFFF else f"\\U{ord(c):08x}" if _unsafe(c) else c
            for c in text
        )
    lines = [line.rstrip() for line in text.strip("\n").split("\n")]
    return "\n".join(lines)


def comment(value: object) -> str:
    """One line of text for a ``#`` comment: line breaks and control characters become spaces."""
    text = str(value)
    if not _PLAIN.fullmatch(text):
        text = "".join(" " if (_unsafe(c) or c in "\n\t") else c for c in text)
    return " ".join(text.split())


def markdown(value: object) -> str:
    """Text for a Markdown table cell or line: no line breaks, pipes and backticks escaped."""
    text = comment(value)
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("`", "'").replace("<", "&lt;")


def fenced(value: object) -> str:
    """One line inside a fenced Markdown code block: as ``comment``, backticks made quotes (they could close it)."""
    return comment(value).replace("`", "'")


def toml(value: object) -> str:
    """A TOML basic string (JSON string escapes are valid TOML)."""
    return json.dumps(str(value), ensure_ascii=True)


FILTERS = {
    "pystr": pystr,
    "pyrepr": pyrepr,
    "pytuple": pytuple,
    "docstring": docstring,
    "comment": comment,
    "markdown": markdown,
    "toml": toml,
    "fenced": fenced,
}
