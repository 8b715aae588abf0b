"""Escaping filters: spec text is inert in every context it is written into."""

from __future__ import annotations

import ast

import pytest

from generator import escape

HOSTILE = [
    "plain",
    "quote \" and ' both",
    "\"\"\"triple\"\"\" and '''triple'''",
    "back\\slash at end\\",
    "new\nline and \r\n crlf",
    "nul \x00 bell \x07 esc \x1b",
    "{{ jinja }} {% raw %} {# c #}",
    "unicode: é 日本 \u2028 \u2029 \ufeff",
    '"; import os; os.system("x") #',
    '"',
    "\\",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_pystr_round_trips(text: str) -> None:
    assert ast.literal_eval(escape.pystr(text)) == text


@pytest.mark.parametrize("text", HOSTILE)
def test_docstring_stays_a_docstring(text: str) -> None:
    source = f'def f():\n    """{escape.docstring(text)}"""\n'
    tree = ast.parse(source)
    func = tree.body[0]
    assert isinstance(func, ast.FunctionDef) and len(func.body) == 1
    assert isinstance(func.body[0], ast.Expr) and isinstance(func.body[0].value, ast.Constant)


@pytest.mark.parametrize("text", HOSTILE)
def test_comment_is_one_line(text: str) -> None:
    line = escape.comment(text)
    assert "\n" not in line and "\r" not in line
    tree = ast.parse(f"x = 1  # {line}\n")
    assert len(tree.body) == 1


@pytest.mark.parametrize("text", HOSTILE)
def test_markdown_cell_cannot_break_the_table(text: str) -> None:
    cell = escape.markdown(text)
    assert "\n" not in cell and "`" not in cell
    assert "|" not in cell.replace("\\|", "")


def test_pyrepr_of_json_data() -> None:
    value = {"a": [1, 2.5, None, True, "x\"'"], "b": {"c": "\n"}}
    assert ast.literal_eval(escape.pyrepr(value)) == value
