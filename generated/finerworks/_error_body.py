"""Reading an error response: the sentence a person should see, the per-field errors, the class.

APIs put these in different places: ``{"message": ...}``, ``{"error": {"message": ...}}``,
RFC 7807's ``detail``, ASP.NET's ``{"Message": ..., "ModelState": {field: [messages]}}``. The
spec says where through ``info.x-error-body`` (rendered as an :class:`ErrorFormat` in
``_client.py``); a few common places are tried after the declared ones, so that an API that
declares nothing still gets readable messages. Nothing here knows about one particular API.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from ._exceptions import APIStatusError, status_error_class

# Tried after the pointers the spec declares: the usual homes of an error message.
COMMON_MESSAGE_POINTERS = ("/message", "/error/message", "/error_description", "/detail", "/title", "/error")
# Plain-text bodies are shortened to about this many characters, at a word boundary.
TEXT_LIMIT = 300


@dataclass(frozen=True)
class ErrorRule:
    """Raise ``error`` instead of the HTTP status's class when the status and field errors match.

    ``field_suffix`` matches when any field-errors key ends with it: ASP.NET names a refused key
    pair ``ApiC.Models.authorization_credentials`` and answers HTTP 400, not 401.
    """

    error: type[APIStatusError]
    status: int | None = None
    field_suffix: str | None = None

    def matches(self, status: int, field_errors: Mapping[str, list[str]]) -> bool:
        if self.status is not None and status != self.status:
            return False
        if self.field_suffix is not None:
            return any(key.endswith(self.field_suffix) for key in field_errors)
        return True


@dataclass(frozen=True)
class ErrorFormat:
    """Where an API's error bodies keep their message and per-field errors (JSON pointers)."""

    message: tuple[str, ...] = ()
    field_errors: str | None = None
    rules: tuple[ErrorRule, ...] = ()


@dataclass(frozen=True)
class ErrorDetails:
    """What one error response says, read once, for the exception that reports it."""

    message: str  # a sentence: the message, then each field with its messages; never cut mid-word
    body: Any  # the parsed JSON, or the text when the body is not JSON
    field_errors: dict[str, list[str]] = field(default_factory=dict)
    debug: Any = None
    error_class: type[APIStatusError] = APIStatusError


def readable_text(response: httpx.Response) -> str:
    """``response.text``, or the body as UTF-8 with replacements when its declared charset fails.

    httpx raises a bare ``UnicodeError`` for a body that its charset cannot decode at all (UTF-16
    or UTF-32 without a byte-order mark); an error message must be read whatever the body is.
    """
    try:
        return response.text
    except (UnicodeError, LookupError):
        return response.content.decode("utf-8", errors="replace")


def read_error(
    response: httpx.Response,
    fmt: ErrorFormat,
    envelope: Mapping[str, str] | None = None,
) -> ErrorDetails:
    """Read an HTTP error response (status >= 400); never raises, whatever the body is."""
    text = readable_text(response)
    body: Any = text
    data = _json(text)
    message = ""
    debug: Any = None
    field_errors: dict[str, list[str]] = {}
    if data is not _NOT_JSON:
        body = data
        pointers = list(fmt.message)
        if envelope is not None:
            pointers.insert(0, f"/{envelope['field']}/{envelope['message']}")
            debug = _at(data, f"/{envelope['field']}/{envelope['debug']}")
        message = next((m for m in (_text_at(data, p) for p in (*pointers, *COMMON_MESSAGE_POINTERS)) if m), "")
        if fmt.field_errors is not None:
            field_errors = _field_errors(_at(data, fmt.field_errors))
        sentence = _sentence(message, field_errors)
    elif _looks_like_html(response, text):
        sentence = _html_title(text)
    else:
        sentence = _shorten(" ".join(text.split()), TEXT_LIMIT)
    if not sentence:
        sentence = response.reason_phrase or "no message"  # str(error) adds "(HTTP <status>)"
    cls = status_error_class(response.status_code)
    for rule in fmt.rules:
        if rule.matches(response.status_code, field_errors):
            cls = rule.error
            break
    return ErrorDetails(sentence, body, field_errors, debug, cls)


# -- helpers ----------------------------------------------------------------------------------
_NOT_JSON = object()


def _json(text: str) -> Any:
    if not text.strip():
        return _NOT_JSON
    try:
        return json.loads(text)
    except ValueError:
        return _NOT_JSON


def _at(data: Any, pointer: str) -> Any:
    """The value at an RFC 6901 JSON pointer, or None."""
    node = data
    for raw in pointer.split("/")[1:]:
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, Mapping):
            node = node.get(part)
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return node


def _text_at(data: Any, pointer: str) -> str:
    value = _at(data, pointer)
    return " ".join(value.split()) if isinstance(value, str) else ""


def _field_errors(value: Any) -> dict[str, list[str]]:
    """Field path -> messages, from ``{field: [messages]}`` or ``{field: message}``."""
    if not isinstance(value, Mapping):
        return {}
    out: dict[str, list[str]] = {}
    for key, messages in value.items():
        items = messages if isinstance(messages, list) else [messages]
        out[str(key)] = [m if isinstance(m, str) else json.dumps(m) for m in items if m is not None]
    return out


def _sentence(message: str, field_errors: Mapping[str, list[str]]) -> str:
    parts = [_full_stop(message)] if message else []
    for name, messages in field_errors.items():
        said = " ".join(_full_stop(m) for m in messages if m.strip()) or "invalid."
        parts.append(f"{name}: {said}" if name else said)
    return " ".join(parts)


def _full_stop(text: str) -> str:
    text = " ".join(text.split())
    return text if not text or text[-1] in ".!?:;" else text + "."


def _looks_like_html(response: httpx.Response, text: str) -> bool:
    kind = response.headers.get("content-type", "").lower()
    return "html" in kind or text.lstrip()[:15].lower().startswith(("<!doctype html", "<html"))


def _html_title(text: str) -> str:
    """A page's ``<title>``, else its first heading: the short line a person would read."""
    for tag in ("title", "h1", "h2"):
        found = re.search(rf"<{tag}\b[^>]*>(.*?)</{tag}\s*>", text, re.IGNORECASE | re.DOTALL)
        if found:
            line = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", found.group(1))).split())
            if line:
                return _shorten(line, TEXT_LIMIT)
    return ""


def _shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters at a word boundary, marked with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,;:") + " …"
