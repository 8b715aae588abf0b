"""The caches of the spec editor's loop: a one-line edit of the data re-does only what it changed."""

from __future__ import annotations

from pathlib import Path

import black
import pytest

from generator import format as fmt
from generator.workers import Workers

from tests.test_format import big_class, big_source


def _format(source: str) -> str:
    with Workers(start=False) as workers:
        formatter = fmt.Formatter(workers)
        formatter.submit({"m.py": source})
        return formatter.result()["m.py"]


def test_an_edit_formats_only_the_units_it_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(fmt, "_UNIT", 400)
    calls: list[str] = []
    one = fmt._format_one
    monkeypatch.setattr(fmt, "_format_one", lambda piece: (calls.append(piece.text), one(piece))[1])
    source = big_source(8) + big_class(8)
    assert _format(source) == black.format_str(source, mode=fmt._mode())
    cold = len(calls)
    assert cold > 10
    for old, new in (("Model3(", "Model3b("), ("def method_5(", "def method_5b("), ("'a', {{", "'a2', {{")):
        if old not in source:
            old, new = old.replace("{{", "{"), new.replace("{{", "{")
        source = source.replace(old, new, 1)
        calls.clear()
        assert _format(source) == black.format_str(source, mode=fmt._mode())
        assert 1 <= len(calls) <= 2, (old, calls)
    calls.clear()
    assert _format(source) == black.format_str(source, mode=fmt._mode())  # whole-file hit
    assert calls == []


def test_an_invalid_piece_is_still_reported_after_an_edit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(fmt, "_UNIT", 400)
    source = big_source(8)
    _format(source)
    with pytest.raises(Exception, match=r"m\.py is not valid Python"):
        _format(source.replace("count: int = 0", "count: int = = 0", 1))
