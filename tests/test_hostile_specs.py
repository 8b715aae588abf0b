"""Hostile spec text never becomes code: a property test over generated packages.

Hypothesis builds specs whose every free-text and naming slot (titles, descriptions, summaries,
enum values, defaults, examples, property names, operationIds, tag names, parameter names)
holds quotes, triple quotes, backslashes, newlines, Jinja syntax, NUL and other control
characters, unicode and Python keywords. For each: generation succeeds in-process, every module
parses and imports, and every spec string that could do harm (length ≥ 4, not a plain
identifier) occurs in the generated Python only inside string literals and comments.
"""

from __future__ import annotations

import ast
import importlib
import io
import json
import os
import sys
import tempfile
import tokenize
import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.pipeline import generate
from generator.write import write_tree

NASTY = [
    '"',
    "'",
    '"""',
    "'''",
    "\\",
    "\\n",
    "\n",
    "\r\n",
    "{{ 1 + 1 }}",
    "{% raw %}",
    "{# c #}",
    "\x00",
    "\x07",
    "\x1b[31m",
    "\u2028",
    "\u2029",
    "\ufeff",
    "é",
    "名前",
    "🐍",
    "class",
    "import_os()",
    "__import__('os')",
    "${x}",
    "#",
    "*/",
    "<!--",
    "|",
    "`",
    "None",
    "lambda",
    "\t",
    "\x7f",
]
nasty_text = st.lists(st.one_of(st.sampled_from(NASTY), st.text(max_size=6)), min_size=1, max_size=5).map("".join)
names = st.one_of(
    st.sampled_from([*NASTY, "id", "type", "model_config", "json", "", "1st", "a.b", "StartTime<"]), nasty_text
)


@st.composite
def hostile_spec(draw: st.DrawFn) -> tuple[dict[str, Any], list[str]]:
    """A valid OpenAPI 3.1 document full of hostile strings, and the strings it holds."""
    strings: list[str] = []

    def text() -> str:
        value = draw(nasty_text)
        strings.append(value)
        return value

    props = draw(st.lists(names, min_size=1, max_size=4, unique=True))
    strings.extend(props)
    enum_values = draw(st.lists(nasty_text, min_size=1, max_size=4, unique=True))
    strings.extend(enum_values)
    op_ids = draw(st.lists(nasty_text, min_size=2, max_size=2, unique=True))
    strings.extend(op_ids)
    tag = text()
    param = draw(names.filter(lambda n: n.lower() not in ("accept", "content-type", "authorization")))
    strings.append(param)
    schema = {
        "type": "object",
        "title": text(),
        "description": text(),
        "properties": {
            p: {"type": "string", "description": text(), "default": text(), "example": text()} for p in props
        },
    }
    schema["properties"][props[0]] = {"$ref": "#/components/schemas/Choice"}
    spec = {
        "openapi": "3.1.0",
        "info": {"title": text(), "version": text(), "description": text()},
        "servers": [{"url": "https://example.test/v1", "description": text()}],
        "tags": [{"name": tag, "description": text()}],
        "paths": {
            "/things/{id}": {
                "get": {
                    "operationId": op_ids[0],
                    "tags": [tag],
                    "summary": text(),
                    "description": text(),
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                        {
                            "name": param,
                            "in": "query",
                            "description": text(),
                            "schema": {"type": "string", "default": text()},
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": text(),
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                        }
                    },
                },
                "post": {
                    "operationId": op_ids[1],
                    "tags": [tag],
                    "summary": text(),
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                    "requestBody": {
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}
                    },
                    "responses": {"204": {"description": text()}},
                },
            }
        },
        "components": {
            "schemas": {
                "Thing": schema,
                "Choice": {"type": "string", "enum": enum_values, "description": text(), "default": enum_values[0]},
            }
        },
    }
    return spec, strings


def code_outside_literals(source: str) -> str:
    """The source with every string literal and comment removed (what Python would execute)."""
    parts = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type in (tokenize.STRING, tokenize.COMMENT):
            continue
        if sys.version_info >= (3, 12) and token.type in (
            tokenize.FSTRING_START,
            tokenize.FSTRING_MIDDLE,
            tokenize.FSTRING_END,  # type: ignore[attr-defined]
        ):
            continue
        parts.append(token.string)
    return " ".join(parts)


@pytest.mark.slow  # 25 generations of hostile specs
@settings(
    max_examples=int(os.environ.get("HOSTILE_EXAMPLES", "25")),
    # `make test` (and CI) runs the same examples every time; HOSTILE_EXAMPLES=N explores at random.
    derandomize="HOSTILE_EXAMPLES" not in os.environ,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(hostile_spec())
def test_hostile_strings_stay_inert(case: tuple[dict[str, Any], list[str]]) -> None:
    spec, strings = case
    package = f"hostile_{uuid.uuid4().hex[:10]}"
    with tempfile.TemporaryDirectory() as tmp:
        spec_path = Path(tmp) / "spec.json"
        spec_path.write_text(json.dumps(spec), encoding="utf-8")
        result = generate(spec_path, package)
        out = Path(tmp) / "out"
        write_tree(result.rendered.package, out / package)
        risky = {s for s in strings if len(s) >= 4 and not s.isidentifier() and not _harmless(s)}
        sources = {n: t for n, t in result.rendered.package.items() if n.endswith(".py")}
        for name, source in sources.items():
            ast.parse(source, filename=name)
            code = code_outside_literals(source)
            leaked = [s for s in risky if s in code]
            assert not leaked, f"{name}: spec text outside literals/comments: {leaked!r}"
        sys.path.insert(0, str(out))
        try:
            for name in sorted(sources):
                module = name[:-3].replace("/", ".").removesuffix(".__init__")
                importlib.import_module(f"{package}.{module}" if module != "__init__" else package)
            client_module = importlib.import_module(f"{package}._client")
            manifest = json.loads(result.rendered.package["_manifest.json"])
            client = getattr(client_module, manifest["client"])(base_url="http://127.0.0.1:9")
            for op in manifest["operations"]:
                resource, method = op["python"].split(".")
                assert callable(getattr(getattr(client, resource), method))
            listed = {op["operationId"] for op in manifest["operations"]}
            assert len(listed) == len(spec_ops(spec))  # an empty operationId gets a generated one
            assert {i for i in spec_ops(spec) if i} <= listed
        finally:
            sys.path.remove(str(out))
            for mod in [m for m in sys.modules if m.split(".")[0] == package]:
                del sys.modules[mod]


def spec_ops(spec: dict[str, Any]) -> list[str]:
    return [op["operationId"] for item in spec["paths"].values() for op in item.values()]


def _harmless(text: str) -> bool:
    """Letters, digits, spaces and underscores only: cannot end a literal or start code by itself."""
    return all(c.isascii() and (c.isalnum() or c in " _") for c in text)
