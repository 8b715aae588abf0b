"""The format stage: black's bytes, whether a file is formatted whole or in pieces by workers."""

from __future__ import annotations

import re
from pathlib import Path

import black
import pytest

from generator import format as fmt
from generator.workers import Workers

# One unit of a large generated-looking module: top-level classes, a big class whose methods
# can be cut apart, and the traps a cut must avoid (a ``class``/``def`` line inside a string,
# a decorator or comment separated by a blank line, a nested function, a top-level function).
UNIT = '''
class Model{n}(BaseModel):
    model_config = ConfigDict(extra='allow',)
    name: str | None = Field(None, description='A long description that black has to split because it does not fit on one line of 120 columns at all')
    count: int = 0


TEXT{n} = """
class NotAClass{n}:

    def not_a_method(self): pass
"""


@decorated

class Decorated{n}:
    pass


# a comment that belongs to the class below

class Commented{n}:
    value: int = {n}


def function_{n}(a,b):
    def nested(c):  return c

    def nested_too(d): return d
    return nested(a)+nested_too(b)


class Resource{n}:
    """Methods that may be cut apart."""

    def method_a(self, *, x: int, y: str | None = None, z: list[str] | None = None, w: dict[str, int] | None = None) -> None:
        return self._client.call('a', {{'x': x, 'y': y, 'z': z, 'w': w,}})

    @property

    def decorated(self): return 1

    # comment before a method

    def commented(self): return 2

    async def method_b(self, *, x: int) -> int:
        return await self._client.call('b', {{'x': x}})
'''


METHODS = '''
    def method_{n}(self, *, x: int, y: str | None = None, z: list[str] | None = None, w: dict[str, int] | None = None) -> None:
        """Doc.

    def not_a_method_{n}(self): this line is inside a string
"""
        def nested(v):  return v

        return self._client.call('a', {{'x': nested(x), 'y': y, 'z': z, 'w': w,}})

    @property

    def decorated_{n}(self): return 1

    # comment before a method

    def commented_{n}(self): return 2

    async def method_b_{n}(self, *, x: int) -> int:
        return await self._client.call('b', {{'x': x}})
'''


@pytest.fixture(autouse=True)
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pieces of a few kilobytes, so that small sources are cut many times."""
    monkeypatch.setattr(fmt, "_PIECE", 3_000)


def big_class(methods: int) -> str:
    body = "".join(METHODS.format(n=n) for n in range(methods))
    return f'import os\n\n\nclass Big:\n    """Many methods."""\n{body}\n\nclass After:\n    pass\n'


def big_source(units: int) -> str:
    return "from __future__ import annotations\n\nimport os\n" + "".join(UNIT.format(n=n) for n in range(units))


@pytest.mark.parametrize("source", [big_source(12), big_class(24)], ids=["classes", "methods"])
def test_pieces_are_cut_only_where_black_formats_alike(source: str, monkeypatch: pytest.MonkeyPatch) -> None:
    whole = black.format_str(source, mode=fmt._mode())
    starts = set()
    for size in (500, 900, 1_300, 2_100, 3_100):  # cuts land on different kinds of statements
        monkeypatch.setattr(fmt, "_PIECE", size)
        pieces = fmt._pieces("models.py", source)
        assert len(pieces) > 3
        assert "".join(piece.text for piece in pieces) == source  # nothing lost, nothing repeated
        starts |= {(piece.before, re.sub(r"[_\d(:].*", "", piece.text.splitlines()[0])) for piece in pieces[1:]}
        parts = [fmt._format_one(piece) for piece in pieces]
        assert all(error is None for _, error in parts)
        assert fmt._join([text for text, _ in parts], [piece.before for piece in pieces]) == whole, size
    # Cuts go before undecorated, uncommented classes and methods only (never inside the string).
    expected = {
        ("\n\n", "class Model"),
        ("\n\n", "class Resource"),
        ("\n\n", "class After"),
        ("\n", "    def method"),
        ("\n", "    async def method"),
    }
    assert starts <= expected and len(starts) >= 2, starts


def test_small_files_are_not_cut() -> None:
    source = big_source(2)
    assert [piece.text for piece in fmt._pieces("m.py", source)] == [source]


def test_workers_give_black_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path))
    files = {"big.py": big_source(30) + big_class(20), "small.py": "x = [1,2,\n3]\n", "README.md": "x = [1,2]\n"}
    with Workers(start=True) as workers:
        formatter = fmt.Formatter(workers, cache=False)
        formatter.submit({"big.py": files["big.py"]})
        formatter.submit({"small.py": files["small.py"], "README.md": files["README.md"]})
        out = formatter.result()
    mode = fmt._mode()
    assert out == {
        "big.py": black.format_str(files["big.py"], mode=mode),
        "small.py": black.format_str(files["small.py"], mode=mode),
        "README.md": files["README.md"],  # only Python is formatted
    }


def test_invalid_python_is_reported_with_the_file_name() -> None:
    from generator.errors import InternalError

    for start in (False, True):  # formatted here, then in a worker
        with Workers(start=start) as workers:
            formatter = fmt.Formatter(workers, cache=False)
            formatter.submit({"pkg/broken.py": "def f(:\n" + "x = 1\n" * 20_000})
            with pytest.raises(InternalError, match=r"generated pkg/broken\.py is not valid Python"):
                formatter.result()


def test_the_runtime_modules_are_black_formatted_as_the_generated_code_is() -> None:
    """The format stage passes the verbatim runtime modules through without black: they must be its output already."""
    from generator.runtime import copied_modules

    modules = copied_modules()
    assert modules and all(p.suffix == ".py" and not p.name.startswith("__") for p in modules)
    for path in modules:
        text = path.read_text(encoding="utf-8")
        assert black.format_str(text, mode=fmt._mode()) == text, f"run black on {path}"
