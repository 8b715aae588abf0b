"""The models stage's description stand-ins: a description edit does not run datamodel-code-generator.

The library sees a stand-in token for each description, and the docstring it would have written
for the real text is put in the token's place. Nothing of that may show: the output is byte for
byte that of the library run on the real descriptions (``stand_ins=False``), for FinerWorks,
every corpus spec and a spec of hostile descriptions; when a token comes out anywhere else, the
library runs on the real descriptions.
"""

from __future__ import annotations

import ast
import copy
import json
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import CORPUS, REPO, SPEC

from generator import models
from generator.fingerprint import DEFAULT_TEMPLATES
from generator.ir.build import build_ir
from generator.ir.nodes import Api
from generator.load import load_spec
from generator.validate import check_spec

TRICKY = [
    "plain",
    'ends with a quote"',
    'ends with two quotes""',
    'ends with three quotes"""',
    '"',
    '""',
    "\\",
    "ends with a backslash\\",
    'an escaped quote at the end\\"',
    'two backslashes and a quote\\\\"',
    'a triple """ inside',
    'four """" quotes',
    '"""',
    "back\\slash \\n not a newline",
    "NUL\0inside",
    "\0",
    "carriage\rreturn",
    "crlf\r\nline",
    "trailing crlf\r\n",
    "line one\nline two",
    "\nleading newline",
    "trailing newline\n",
    "blank\n\nline between",
    "  leading and trailing spaces  ",
    "\ttabs\tinside\t",
    "   ",
    "",
    "\n",
    " \t\r\n ",
    "unicodé ☕ 𝄞 \u2028 separator \u2029 \x0c feed \x85 next",
    "lone \ud800 surrogate",
    'multi\nline ending in a quote"',
    'multi\nline """ with triple\n\\ and backslash\n',
    "  indented\n    more\n",
]


def _api(path: Path) -> Api:
    doc = load_spec(path)
    check_spec(doc)
    return build_ir(doc, "pkg")


@pytest.fixture
def restores(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each write-back of the docstrings succeeded (False: the library ran on the real text)."""
    seen: list[bool] = []
    restore = models._Prose.restore

    def recorded(self: models._Prose, source: str) -> str | None:
        out = restore(self, source)
        seen.append(out is not None)
        return out

    monkeypatch.setattr(models._Prose, "restore", recorded)
    return seen


def _same_as_plain(api: Api, restores: list[bool]) -> str:
    with_stand_ins = models.generate_models(api, DEFAULT_TEMPLATES, cache=False)
    assert restores == [True], "the stand-ins were given up: this compares the plain path with itself"
    plain = models.generate_models(api, DEFAULT_TEMPLATES, cache=False, stand_ins=False)
    assert with_stand_ins == plain
    return with_stand_ins


@pytest.mark.parametrize("one_line", [True, False])
def test_the_docstring_copy_writes_what_the_library_writes(one_line: bool) -> None:
    from datamodel_code_generator._python_syntax import escape_docstring, format_docstring

    for text in TRICKY:
        ours = models._docstring(text, one_line=one_line)
        assert ours == format_docstring(text, 4, use_single_line_docstring=one_line), repr(text)
        # What our templates are given: the text escaped by the library first.
        assert ours == format_docstring(escape_docstring(text), 4, use_single_line_docstring=one_line), repr(text)
    draw = random.Random(15)
    for _ in range(3000):  # and strings made of the characters that matter, in any order
        text = "".join(draw.choices('"\\\n\r\0 \ta\u00e9\ud800', k=draw.randint(0, 9)))
        assert models._docstring(text, one_line=one_line) == format_docstring(
            escape_docstring(text), 4, use_single_line_docstring=one_line
        ), repr(text)


def test_importing_the_library_s_docstring_function_would_import_the_library() -> None:
    """Why models._docstring is a copy: its module imports the library's package first (some 45 ms of
    start-up, which a cache hit does without; see test_a_hit_does_not_import_the_library)."""
    probe = (
        "import sys, datamodel_code_generator._python_syntax; print('datamodel_code_generator.enums' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"


@pytest.mark.slow  # test_finerworks_description_edit_is_a_hit compares finerworks' output with a plain run too
def test_finerworks_models_are_byte_identical(restores: list[bool]) -> None:
    _same_as_plain(_api(SPEC), restores)


CORPUS_SPECS = sorted(p.name for p in CORPUS.glob("*.*") if p.suffix in (".json", ".yaml")) if CORPUS.is_dir() else []


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS_SPECS, reason=f"corpus not found at {CORPUS}")
@pytest.mark.parametrize("name", CORPUS_SPECS)
def test_corpus_models_are_byte_identical(name: str, restores: list[bool]) -> None:
    api = _api(CORPUS / name)
    if models._Prose.of(api.model_schemas, json.dumps(api.model_schemas)) is not None:
        _same_as_plain(api, restores)
    else:  # no description: nothing to stand in for
        plain = models.generate_models(api, DEFAULT_TEMPLATES, cache=False, stand_ins=False)
        assert models.generate_models(api, DEFAULT_TEMPLATES, cache=False) == plain


def _schema(description: str, **more: Any) -> dict[str, Any]:
    return {"type": "string", "description": description, **more}


HOSTILE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Hostile", "version": "1"},
    "paths": {},
    "components": {
        "schemas": {
            "Quoted": {
                "type": "object",
                "description": 'A schema whose description ends with a quote: "',
                "properties": {
                    "quote_end": _schema('say "hi"'),
                    "triple": _schema('a triple """ inside, and """ again'),
                    "back": _schema("back\\slash, ending in one\\"),
                    "back_quote": _schema('an escaped quote at the end\\"'),
                    "cr": _schema("one\rtwo"),
                    "crlf": _schema("one\r\ntwo"),
                    "surrogate": _schema("lone \ud83d surrogate"),
                    "nul": _schema("nul\0inside"),
                    "multi": _schema('line one\n\nline three, ending in a quote"\n'),
                    "padded": _schema("  leading and trailing spaces  "),
                    "blank": _schema("   "),
                    "blank_lines": _schema("\n \n"),
                    "empty": _schema(""),
                    "tab": _schema("\ttab\tinside"),
                    "unicode": _schema("café ☕ 𝄞 \u2028 line separator"),
                },
            },
            "TwinA": {"type": "object", "description": "Same words.", "properties": {"n": _schema("Same words.")}},
            "TwinB": {"type": "object", "description": "Same words.", "properties": {"m": _schema("Same words.")}},
            "HasDescription": {
                "type": "object",
                "description": "A schema with a property named description.",
                "properties": {
                    "description": {"type": "string", "description": "The description property."},
                    "meta": {
                        "type": "object",
                        "description": "Data that holds a description key.",
                        "properties": {"description": {"type": "string"}},
                        "example": {"description": "example data"},
                        "default": {"description": "default data"},
                        "x-notes": {"description": "an extension's description"},
                    },
                },
            },
            "Lookalike": {
                "type": "object",
                "description": "Zprose0Q and zprosez1q look like stand-ins",
                "properties": {"zprose": _schema("ZPROSE2Q")},
            },
            "Color": {"type": "string", "enum": ["red", "green"], "description": 'Colours,\non two lines, "quoted"'},
            "Bunch": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/Quoted"},
                "minItems": 1,
                "description": 'An array: a root model\nwith "quotes" and a triple """',
            },
            "Single": {"type": "array", "items": {"type": "integer"}, "maxItems": 3, "description": 'one line "'},
        }
    },
}


def _write(tmp_path: Path, spec: dict[str, Any], name: str = "hostile.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(spec))  # ensure_ascii: the lone surrogate is a JSON escape
    return path


def test_hostile_descriptions_are_byte_identical(tmp_path: Path, restores: list[bool]) -> None:
    api = _api(_write(tmp_path, HOSTILE))
    source = _same_as_plain(api, restores)
    ast.parse(source)
    assert "class RootModel" not in source and "RootModel[" in source  # the library's own template is covered
    prose = models._Prose.of(api.model_schemas, json.dumps(api.model_schemas))
    assert prose is not None
    assert prose.prefix.lower() not in json.dumps(api.model_schemas).lower()
    assert prose.prefix != models._placeholder_prefix(prose.text)
    text = prose.text
    for blank in ('"   "', '"\\n \\n"', '""'):
        assert f'"description": {blank}' in text  # blank descriptions are kept as they are
    real = json.dumps(api.model_schemas)
    assert "default data" in real
    for data in ("example data", "default data", "an extension's description"):  # data, when the IR keeps it
        assert (data in text) == (data in real)
    defs = prose.schemas["$defs"]
    has = defs["HasDescription"]
    assert set(has["properties"]) == {"description", "meta"}
    assert has["properties"]["description"]["description"].startswith(prose.prefix)
    assert (
        defs["TwinA"]["description"] == defs["TwinB"]["description"] == defs["TwinA"]["properties"]["n"]["description"]
    )
    assert len(set(prose.descriptions)) == len(prose.descriptions)
    assert prose.descriptions[0] == HOSTILE["components"]["schemas"]["Quoted"]["description"]


def _edited(spec: dict[str, Any]) -> dict[str, Any]:
    edited = copy.deepcopy(spec)
    schemas = edited["components"]["schemas"]
    # (A description shared by two places, edited in one, is a new stand-in: a miss, as it should be.)
    schemas["Quoted"]["description"] = 'Other words, now\non two lines and ending in a quote"'
    schemas["Quoted"]["properties"]["quote_end"]["description"] += " (edited)"
    schemas["Bunch"]["description"] = "Now one line."
    return edited


def test_a_description_edit_does_not_run_the_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import datamodel_code_generator

    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path / "cache"))
    models.generate_models(_api(_write(tmp_path, HOSTILE)), DEFAULT_TEMPLATES)
    api = _api(_write(tmp_path, _edited(HOSTILE), "edited.json"))

    def refuse(*args: object, **kwargs: object) -> str:
        raise AssertionError("datamodel-code-generator ran for a description edit")

    with monkeypatch.context() as patched:
        patched.setattr(datamodel_code_generator, "generate", refuse)
        warm = models.generate_models(api, DEFAULT_TEMPLATES)
    assert warm == models.generate_models(api, DEFAULT_TEMPLATES, cache=False, stand_ins=False)
    assert "Other words, now" in warm and "(edited)" in warm


def test_finerworks_description_edit_is_a_hit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import datamodel_code_generator

    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path / "cache"))
    text = SPEC.read_text(encoding="utf-8")
    models.generate_models(_api(SPEC), DEFAULT_TEMPLATES)
    edited = tmp_path / "finerworks.yaml"
    line = "description: Human-readable message; empty on success in the examples."  # a schema property's
    assert text.count(line) == 1
    edited.write_text(text.replace(line, line[:-1] + ', edited "ok"', 1), encoding="utf-8")
    api = _api(edited)
    with monkeypatch.context() as patched:
        patched.setattr(datamodel_code_generator, "generate", lambda *a, **k: pytest.fail("the library ran"))
        warm = models.generate_models(api, DEFAULT_TEMPLATES)
    assert '    """Human-readable message; empty on success in the examples, edited "ok\\""""\n' in warm
    assert warm == models.generate_models(api, DEFAULT_TEMPLATES, cache=False, stand_ins=False)


def test_a_stand_in_used_elsewhere_gives_the_plain_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As if the library wrote a description somewhere else than a docstring: the real text is used."""
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path / "cache"))
    api = _api(_write(tmp_path, HOSTILE))
    prose = models._Prose.of(api.model_schemas, json.dumps(api.model_schemas))
    assert prose is not None
    runs: list[bool] = []
    run = models._run

    def leaky(generate: Any, api: Api, schemas: dict[str, Any], *rest: Any) -> tuple[str, dict[str, set[str]]]:
        source, classes = run(generate, api, schemas, *rest)
        tokenized = schemas is not api.model_schemas
        runs.append(tokenized)
        return (source + f"\n# {prose.prefix}1Q\n" if tokenized else source), classes

    monkeypatch.setattr(models, "_run", leaky)
    out = models.generate_models(api, DEFAULT_TEMPLATES)
    assert runs == [True, False]
    assert prose.prefix not in out
    assert out == models.generate_models(api, DEFAULT_TEMPLATES, cache=False, stand_ins=False)
    runs.clear()
    assert models.generate_models(api, DEFAULT_TEMPLATES) == out  # the refusal is remembered, the plain output cached
    assert runs == []


def test_restore_refuses_what_it_cannot_place() -> None:
    prose = models._Prose({}, "", "Zprose", ["first", 'second "'])
    good = 'class A(Model):\n    """Zprose1Q"""\n    x: int\n    """\n    Zprose0Q\n    """\n'
    assert prose.restore(good) == 'class A(Model):\n    """second \\""""\n    x: int\n    """\n    first\n    """\n'
    assert prose.restore('"""Zprose0Q"""\n') is None  # not in a class body: another indent
    assert prose.restore('class A(Model):\n    """Zprose2Q"""\n') is None  # not one of ours
    assert prose.restore('class A(Model):\n    """Zprose01Q"""\n') is None
    assert prose.restore('class A(Model):\n    """Zprose0Q"""\n    x: int = Field(description="Zprose0Q")\n') is None
    assert prose.restore('class A(Model):\n    """Zprose0Q"""\n    zprose: int\n') is None  # any case


def test_a_hit_does_not_import_the_library(tmp_path: Path) -> None:
    script = f"""
import sys
from pathlib import Path
from generator import models
from generator.fingerprint import DEFAULT_TEMPLATES
from generator.ir.build import build_ir
from generator.load import load_spec
from generator.validate import check_spec
doc = load_spec(Path({str(SPEC)!r})); check_spec(doc)
source = models.generate_models(build_ir(doc, "pkg"), DEFAULT_TEMPLATES)
print(sorted(m for m in sys.modules if m.startswith("datamodel_code_generator")))
"""
    env = {**os.environ, "GENERATOR_CACHE_DIR": str(tmp_path), "PYTHONPATH": str(REPO)}
    run = [sys.executable, "-c", script]
    subprocess.run(run, env=env, check=True, capture_output=True, cwd=REPO)  # cold: fills the cache
    warm = subprocess.run(run, env=env, check=True, capture_output=True, text=True, cwd=REPO)
    assert warm.stdout.strip() == "[]"
