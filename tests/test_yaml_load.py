"""The YAML fast path of generator.load builds exactly what PyYAML's safe constructor builds."""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import load
from generator.errors import SpecError

from tests.conftest import SHARED

ROOT = Path(__file__).resolve().parent.parent

CASES = [
    "a: 1\nb: [1, 2.5, -3, 0x1f, 0o17, 1_000, .inf, -.inf, .nan]\nc: {d: true, e: no, f: ~, g: null}\n",
    "k: 'quoted 1'\nl: \"2\"\nm: !!str 3\nn: !!int '4'\no: !!float '5'\np: !!binary aGVsbG8=\n",
    "date: 2026-11-27\ntime: 2026-11-27T10:00:00Z\nyes: yes\nOn: off\n",
    "1: one\n2.5: two\ntrue: three\nnull: four\n~: five\n",
    "dup: 1\ndup: 2\nlist:\n  - a\n  - - nested\n    - {x: [y, {z: w}]}\n",
    "multi: |\n  line one\n  line two\nfolded: >\n  a\n  b\nempty:\nblank: ''\n",
    "set: !!set {a, b}\nomap: !!omap [{a: 1}, {b: 2}]\npairs: !!pairs [{a: 1}]\n",
    "? [a, b]\n: unhashable\n",
    "tagged: !custom value\n",
    "- top\n- level\n- sequence\n",
    "just a string\n",
    "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n# comment\n",
]


def _library(text: str) -> Any:
    return yaml.load(text, Loader=load._loader())


def _ours(text: str) -> Any:
    loader = load._loader()(text)
    try:
        root = loader.get_single_node()
        return None if root is None else load._plain_tree(root, loader)
    finally:
        loader.dispose()


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


@pytest.mark.parametrize("text", CASES)
def test_the_fast_path_builds_what_the_library_builds_or_refuses_alike(text: str) -> None:
    try:
        expected = _library(text)
    except yaml.YAMLError as exc:
        with pytest.raises(type(exc)) as refused:
            _ours(text)
        assert str(refused.value) == str(exc)
        return
    assert _same(_ours(text), expected)


@pytest.mark.parametrize(
    "path", [ROOT / "spec" / "finerworks.yaml", *sorted((SHARED / "corpus").glob("*.yaml"))], ids=lambda p: p.name
)
def test_real_specs_load_as_the_library_loads_them(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _same(_ours(text), _library(text))


@pytest.mark.parametrize("recursion_limit", [None, 400])
def test_nesting_too_deep_is_refused_with_its_line(tmp_path: Path, recursion_limit: int | None) -> None:
    """Also past the recursion limit, where the fast path gives way to the library's own constructor.

    (libyaml itself refuses 1,000 levels or more, so the limit is lowered to reach that path.)
    """
    levels = 900
    spec = tmp_path / "deep.yaml"
    spec.write_text("openapi: 3.1.0\nx:\n  " + "[" * levels + "]" * levels + "\n")
    before = sys.getrecursionlimit()
    sys.setrecursionlimit(recursion_limit or before)
    try:
        with pytest.raises(SpecError) as refused:
            load.load_spec(spec)
    finally:
        sys.setrecursionlimit(before)
    assert "levels deep" in refused.value.message and refused.value.line == 3
