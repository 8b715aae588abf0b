"""Stage 4, models: the IR's schema table → the source of the package's pydantic v2 models.

datamodel-code-generator does the work through its library API. Every option that shapes the
output is pinned here, so that the same IR gives the same bytes whatever the library's defaults
become. The class names come from the IR (the shared naming table): the library gets placeholder
names it cannot alter and its output is renamed to ours (:func:`rename_classes`); the field names
go in as a scoped alias map. The result is checked against the table before anything is written.

Nor does the library see the descriptions (with our templates): each distinct one goes in as a
stand-in token, and the docstring the library would have written for it is put in the token's
place afterwards (:class:`_Prose`). The library's output, and its cache key, are thus those of
the stand-ins: editing a description reuses them. Should a stand-in come out anywhere but as a
class-body docstring, the library runs on the real descriptions instead, as it did before.
"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import tempfile
import warnings as py_warnings
from pathlib import Path
from typing import Any

from generator import naming
from generator.cache import Cache, cache_dir, key
from generator.errors import InternalError
from generator.escape import docstring
from generator.fingerprint import DEFAULT_TEMPLATES, version
from generator.ir.nodes import Api

_HEADER = '"""Pydantic models of the API\'s schemas.\n\nGenerated from the OpenAPI spec; do not edit by hand.\n"""'


def model_templates(templates: Path) -> Path:
    """The folder of datamodel-code-generator templates: ours, or an overlay's over ours.

    An overlay (``--templates DIR``) need not hold every model template, nor any: what its
    ``models/`` lacks is ours. The merged folder is kept in the cache folder, named by content.
    """
    ours = DEFAULT_TEMPLATES / "models"
    overlay = templates / "models"
    if templates.resolve() == DEFAULT_TEMPLATES.resolve() or not overlay.is_dir():
        return ours
    files = {p.relative_to(ours).as_posix(): p.read_bytes() for p in ours.rglob("*") if p.is_file()}
    files.update({p.relative_to(overlay).as_posix(): p.read_bytes() for p in overlay.rglob("*") if p.is_file()})
    digest = key(*(f"{name}\0{files[name].hex()}" for name in sorted(files)))
    merged = cache_dir() / "model-templates" / digest[:32]
    if not merged.is_dir():
        tmp = Path(tempfile.mkdtemp(prefix=".merging-", dir=_made(merged.parent)))
        for name, data in files.items():
            (tmp / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp / name).write_bytes(data)
        try:
            os.replace(tmp, merged)
        except OSError:  # another run merged it first
            shutil.rmtree(tmp, ignore_errors=True)
    return merged


def _made(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def dcg_options(api: Api, templates: Path, *, symbolic: bool = False) -> dict[str, object]:
    """Every datamodel-code-generator option that influences the output, pinned explicitly.

    ``symbolic``: its enum options as their names (``"InputFileType.JsonSchema"``), for the
    cache key: the library is then not imported at all when the cache has the models (its
    import is a good part of a warm regeneration's start-up).
    """
    aliases = {f"{m.name}.{wire}": attr for m in api.models for wire, attr in m.fields.items() if attr != wire}
    options: dict[str, object] = {
        "input_file_type": "InputFileType.JsonSchema",
        "output_model_type": "DataModelType.PydanticV2BaseModel",
        "target_python_version": "PythonVersion.PY_310",
        "custom_template_dir": model_templates(templates),  # ours: enums subclass the runtime's OpenEnum
        "custom_file_header": _HEADER,
        "disable_timestamp": True,
        "enable_version_header": False,
        "enable_command_header": False,
        "formatters": [],  # black runs once over the whole package in the format stage
        "aliases": aliases,
        "snake_case_field": False,
        "allow_population_by_field_name": True,
        "extra_fields": "allow",
        "field_constraints": True,
        "use_annotated": False,
        "use_standard_collections": True,
        "use_union_operator": True,
        "use_double_quotes": True,
        "use_subclass_enum": True,
        "use_specialized_enum": False,
        "capitalise_enum_members": True,
        "use_schema_description": True,  # class docstrings (classes without a description get one below)
        "use_field_description": True,  # field docstrings: help() and IDEs show them, model_json_schema() too
        "base_class": f"{_BASE_MODULE}.Model",  # the runtime's _model.Model: the shared configuration
        "use_default_kwarg": False,
        "set_default_enum_member": True,  # `Action.REVIEW`, not "review": a str default would not type-check
        "strict_nullable": True,
        "reuse_model": False,
        "collapse_root_models": False,
        "keep_model_order": False,  # dependency order: defaults like SortField.ID need the class first
        "use_title_as_name": False,
        "skip_root_model": True,
        "disable_future_imports": False,
        "output_datetime_class": None,
    }
    return options if symbolic else _resolved(options)


def _resolved(options: dict[str, object]) -> dict[str, object]:
    """The enum options of :func:`dcg_options` as the library's enum members."""
    from datamodel_code_generator.enums import DataModelType, InputFileType
    from datamodel_code_generator.format import PythonVersion

    kinds = {"InputFileType": InputFileType, "DataModelType": DataModelType, "PythonVersion": PythonVersion}
    out = dict(options)
    for option, value in options.items():
        if isinstance(value, str) and value.split(".")[0] in kinds and option.endswith(("_type", "_version")):
            kind, member = value.split(".")
            out[option] = getattr(kinds[kind], member)
    return out


def generate_models(api: Api, templates: Path, *, cache: bool = True, stand_ins: bool = True) -> str:
    """Python source of the models module (unformatted; the format stage runs black).

    datamodel-code-generator never sees our class names: each ``$defs`` entry goes in under a
    placeholder that no spec text contains, so the library cannot rename it (a keyword, a
    builtin, a name its own inline classes took first). Its output is then renamed: each
    placeholder to the naming table's class name, each class the library made up itself (an
    inline enum, a constrained item) to a name no table class has, each import that a table
    class name would shadow to a private alias. The names agree by construction.

    Nor does it see the descriptions, with our own templates: each goes in as a stand-in
    (:class:`_Prose`) and its docstring is written back into the output, so that an edit of a
    description, the most common edit of a spec, does not run the library again. Whenever the
    output is not what the stand-ins promise, the library runs on the real descriptions.
    ``stand_ins=False`` always does: the output the stand-ins must reproduce byte for byte.

    Cached by the hash of its inputs: an edit that touches only operations skips this stage.
    """
    if not api.model_schemas.get("$defs"):
        return _HEADER + "\n\nfrom __future__ import annotations\n"
    options = dcg_options(api, templates, symbolic=True)
    options["custom_file_header"] = _HEADER + "\n\n# ruff: noqa: F401\nfrom ._enum import OpenEnum"
    folder = options["custom_template_dir"]
    assert isinstance(folder, Path)
    overrides = "".join(
        f"{p.relative_to(folder)}\0{p.read_text(encoding='utf-8')}" for p in sorted(folder.rglob("*")) if p.is_file()
    )
    schemas_text = json.dumps(api.model_schemas, sort_keys=False)
    # An overlay's template may write a description otherwise (another indent, a comment): ours keep
    # each one a class-body docstring, which is where the stand-ins are looked for.
    ours = folder == DEFAULT_TEMPLATES / "models"
    prose = _Prose.of(api.model_schemas, schemas_text) if stand_ins and ours else None
    if prose is not None:
        source = _generate(api, prose.schemas, prose.text, options, overrides, cache=cache, prose=prose)
        if source is not None:
            return source
    source = _generate(api, api.model_schemas, schemas_text, options, overrides, cache=cache)
    assert source is not None
    return source


def _generate(
    api: Api,
    schemas: dict[str, Any],
    schemas_text: str,
    options: dict[str, object],
    overrides: str,
    *,
    cache: bool,
    prose: _Prose | None = None,
) -> str | None:
    """The module made from ``schemas`` (whose JSON text is ``schemas_text``), from the cache or the library.

    With ``prose``, ``schemas`` hold its stand-ins, and so does what is cached: the result is the
    output with the real docstrings written back, or None when the stand-ins do not come out as
    expected (remembered under the key, so that the next run goes straight to the real schemas).
    """
    digest = key(
        f"dcg=={version('datamodel-code-generator')}",
        _NAMING_SCHEME,
        repr(sorted(options.items())),
        overrides,
        schemas_text,
    )
    store = Cache("models", enabled=cache)
    # The classes of a stored module (what check_names reads), so that a hit does not parse it.
    classes_store = Cache("models-classes", enabled=cache)
    # Stand-in keys whose output did not keep its stand-ins as docstrings: not tried again.
    refused = Cache("models-prose-refused", enabled=cache)
    if prose is not None and refused.get(digest) is not None:
        return None
    source = store.get(digest)
    if source is not None:
        known = classes_store.get(digest)
        stored: dict[str, set[str]] | None
        try:
            stored = {name: set(attrs) for name, attrs in json.loads(known).items()} if known else None
        except (ValueError, AttributeError, TypeError):
            stored = None
        check_names(api, stored if stored is not None else _classes(ast.parse(source)))
        return source if prose is None else prose.restore(source)
    from datamodel_code_generator import generate  # only when the module must really be made

    # The placeholders follow from the schemas' text, which is in the key: made only on a miss.
    prefix = _placeholder_prefix(schemas_text)
    placeholders = {name: f"{prefix}{i}Q" for i, name in enumerate(schemas["$defs"])}
    options = _resolved(options)
    source, classes = _run(generate, api, schemas, options, placeholders, set())
    missing = _missing_fields(api, classes)
    if missing:  # the library chose its own field names: name every field of those classes
        source, classes = _run(generate, api, schemas, options, placeholders, missing)
    check_names(api, classes)
    restored = source if prose is None else prose.restore(source)
    if restored is None:  # not stored: the next run goes straight to the real schemas
        refused.put(digest, "")
        return None
    store.put(digest, source)
    classes_store.put(digest, json.dumps({name: sorted(attrs) for name, attrs in classes.items()}))
    return restored


_SOURCE_HAZARD = re.compile("[\r\ud800-\udfff]")

# Part of the cache key: a change to how names are mapped back changes the cached text.
_NAMING_SCHEME = "placeholders-1 base-model-1 cr-1 prose-1"
# datamodel-code-generator takes only absolute import paths for the base class; this one is
# rewritten to the package's own relative import (``from ._model import Model``).
_BASE_MODULE = "zzgeneratorbasemodule._model"


def _placeholder_prefix(text: str) -> str:
    """A class-name prefix that occurs nowhere in ``text`` (in any case): placeholders stay unique."""
    prefix, folded = "Zdef", text.lower()
    while prefix.lower() in folded:
        prefix += "z"
    return prefix


def _run(
    generate: Any,
    api: Api,
    schemas: dict[str, Any],
    options: dict[str, object],
    placeholders: dict[str, str],
    every_field: set[str],
) -> tuple[str, dict[str, set[str]]]:
    """datamodel-code-generator on the placeholder-named schemas, renamed back to our names."""
    aliases = {
        f"{placeholders[m.name]}.{wire}": attr
        for m in api.models
        for wire, attr in m.fields.items()
        if attr != wire or m.name in every_field
    }
    renamed = {
        "$defs": {
            placeholders[name]: _to_placeholders(schema, placeholders) for name, schema in schemas["$defs"].items()
        }
    }
    with py_warnings.catch_warnings():
        py_warnings.simplefilter("ignore")
        out = generate(json.dumps(renamed, sort_keys=False), **{**options, "aliases": aliases})
    if not isinstance(out, str):
        raise InternalError("datamodel-code-generator returned several modules; expected one")
    source, classes = rename_classes(_mended(out), {p: name for name, p in placeholders.items()})
    return _with_class_docstrings(source, api), classes


def _mended(out: str) -> str:
    """The library's text with our base class's import, and without what Python cannot read in a module.

    A bare carriage return or a lone surrogate can only be raw inside a docstring (a description;
    other strings come as escaped literals): Python reads the first as a line break, and neither
    UTF-8 nor a class's __doc__ can hold the second. The first becomes its escape (same value),
    the second the visible text of its code point. Also applied to each docstring written back
    in place of a stand-in, so that it reads as the library's own output would.
    """
    out = out.replace(f"from {_BASE_MODULE} import ", "from ._model import ")
    return _SOURCE_HAZARD.sub(lambda m: "\\r" if m.group() == "\r" else f"\\\\u{ord(m.group()):04x}", out)


def _with_class_docstrings(source: str, api: Api) -> str:
    """Every model class of the naming table gets a docstring: its schema's description, else its schema's name."""
    pointers = {m.name: m.pointer for m in api.models}
    lines = source.split("\n")
    inserts: list[tuple[int, str]] = []
    for node in ast.parse(source).body:
        if not isinstance(node, ast.ClassDef) or node.name not in pointers or ast.get_docstring(node) is not None:
            continue
        where = node.body[0].lineno - 1 if node.body else node.lineno
        inserts.append((where, f'    """The ``{docstring(pointers[node.name])}`` schema."""'))
    for where, text in sorted(inserts, reverse=True):
        lines.insert(where, text)
    return "\n".join(lines)


# Keys whose values are data, not schemas: a ``$ref`` inside them is not a reference.
_DATA_KEYS = frozenset({"enum", "const", "default", "examples", "example"})


def _to_placeholders(schema: Any, placeholders: dict[str, str]) -> Any:
    """A copy of ``schema`` whose ``#/$defs/`` references name the placeholders (no recursion)."""

    def target(ref: Any) -> Any:
        if isinstance(ref, str) and ref.startswith("#/$defs/") and ref[8:] in placeholders:
            return "#/$defs/" + placeholders[ref[8:]]
        return ref

    root: list[Any] = [None]
    stack: list[tuple[Any, Any, Any]] = [(schema, root, 0)]
    while stack:
        node, parent, slot = stack.pop()
        if isinstance(node, dict):
            copy: dict[str, Any] = {}
            parent[slot] = copy
            for k, v in node.items():
                if k == "$ref":
                    copy[k] = target(v)
                elif k in _DATA_KEYS:
                    copy[k] = v
                elif k == "discriminator" and isinstance(v, dict) and isinstance(v.get("mapping"), dict):
                    copy[k] = {**v, "mapping": {m: target(r) for m, r in v["mapping"].items()}}
                else:
                    copy[k] = None
                    stack.append((v, copy, k))
        elif isinstance(node, list):
            items: list[Any] = [None] * len(node)
            parent[slot] = items
            stack.extend((v, items, i) for i, v in enumerate(node))
        else:
            parent[slot] = node
    return root[0]


# Keys of a schema whose value maps names to schemas: the names are data, the values schemas.
_NAMED_SCHEMAS = frozenset({"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"})
# Keys of a schema whose value is neither a schema nor a list of schemas: left as they are.
_NOT_SCHEMAS = _DATA_KEYS | {"discriminator", "externalDocs", "xml", "required", "$ref"}


class _Prose:
    """The model schemas with each description replaced by a stand-in, and the way back.

    Each distinct description that makes a docstring (one that is not blank) becomes
    ``f"{prefix}{i}Q"``, numbered in the order of first occurrence: letters and digits only, which
    a docstring writes as they are, on one line. So the library's output holds each stand-in as a
    class-body docstring of its own: one line from our templates (``format_docstring(4,
    use_single_line_docstring=True)``, a class's description and a field's), three from its
    RootModel template; :meth:`restore` writes the real one in its place. The prefix occurs
    nowhere in the schemas' text, in any case, and differs from the class placeholders'. Equal
    descriptions get the same stand-in, so the library sees the equalities of the real text.

    Only schema positions are walked: a ``description`` inside an example, a default, an enum
    value or an ``x-`` extension is data, and a property named ``description`` is a name. Blank
    descriptions stay as they are: the library writes no docstring for them, but does see them.
    """

    def __init__(self, schemas: dict[str, Any], text: str, prefix: str, descriptions: list[str]) -> None:
        self.schemas, self.text, self.prefix, self.descriptions = schemas, text, prefix, descriptions
        number = f"{prefix}(0|[1-9][0-9]*)Q"
        # One line (our templates), or three (the library's RootModel template: the same call without one-line form).
        self._docstring = re.compile(f'^    """(?:{number}"""|\n    {number}\n    """)$', re.MULTILINE)

    @classmethod
    def of(cls, schemas: dict[str, Any], text: str) -> _Prose | None:
        """Stand-ins for the descriptions of ``schemas`` (whose JSON text is ``text``); None without any."""
        prefix, folded = "Zprose", text.lower()
        while prefix.lower() in folded:
            prefix += "z"
        numbers: dict[str, int] = {}
        root: list[Any] = [None]
        # (value, container, slot, role): children are pushed last-first, so that they are
        # visited in the order of the text and the descriptions numbered in it (no recursion).
        stack: list[tuple[Any, Any, Any, str]] = [(schemas, root, 0, "schema")]
        while stack:
            node, parent, slot, role = stack.pop()
            if role == "prose":
                parent[slot] = f"{prefix}{numbers.setdefault(node, len(numbers))}Q"
            elif isinstance(node, dict):
                copy: dict[str, Any] = dict.fromkeys(node)
                parent[slot] = copy
                for k, v in reversed(node.items()):
                    if role == "names":
                        stack.append((v, copy, k, "schema"))
                    elif k == "description" and isinstance(v, str) and v.strip():
                        stack.append((v, copy, k, "prose"))
                    elif k in _NOT_SCHEMAS or k.startswith("x-") or not isinstance(v, (dict, list)):
                        copy[k] = v
                    else:
                        stack.append((v, copy, k, "names" if k in _NAMED_SCHEMAS else "schema"))
            elif isinstance(node, list):
                items: list[Any] = [None] * len(node)
                parent[slot] = items
                stack.extend((node[i], items, i, "schema") for i in reversed(range(len(node))))
            else:
                parent[slot] = node
        if not numbers:
            return None
        return cls(root[0], json.dumps(root[0], sort_keys=False), prefix, list(numbers))

    def restore(self, source: str) -> str | None:
        """``source``, made from :attr:`schemas`, with the docstrings the real descriptions make.

        Each stand-in's docstring becomes what the library would have written there for its
        description, mended as :func:`_run` mends the library's text. None when a stand-in (its
        prefix, in any case) is anywhere else, or is not one of ours: the library used a
        description otherwise than as a class-body docstring, and only a run on the real text can
        say what it makes of it.
        """
        found = self._docstring.findall(source)
        if source.lower().count(self.prefix.lower()) != len(found):
            return None
        if any(int(one or block) >= len(self.descriptions) for one, block in found):
            return None
        written: dict[tuple[str, str], str] = {}

        def real(match: re.Match[str]) -> str:
            one, block = match.groups()
            if (one, block) not in written:
                text = self.descriptions[int(one or block)]
                written[one, block] = "    " + _mended(_docstring(text, one_line=one is not None))
            return written[one, block]

        return self._docstring.sub(real, source)


def _docstring(value: str, *, one_line: bool) -> str:
    """The docstring datamodel-code-generator writes for a description, in a class body.

    A copy of ``format_docstring(value, 4, use_single_line_docstring=one_line)`` of
    ``datamodel_code_generator._python_syntax`` (of the pinned version; tests compare the two):
    importing that module imports the whole library, which a cache hit must not. Our templates
    call it with 4 and the one-line form; the library's RootModel template writes the model's
    ``DOCSTRING_INDENT``, 4, without. The library escapes the description (``escape_docstring``)
    before the template formats it, which comes to formatting the raw text. Blank text makes none.
    """
    if not value.strip():
        return ""
    escaped = value.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').replace("\0", "\\x00")
    if one_line and "\n" not in value and "\r" not in value:
        # A last double quote would end the docstring early, unless a backslash already escapes it.
        if escaped.endswith('"') and (len(escaped) - 1 - len(escaped[:-1].rstrip("\\"))) % 2 == 0:
            escaped = escaped[:-1] + '\\"'
        return f'"""{escaped}"""'
    indented = "\n".join(f"    {line}" if line else "" for line in escaped.split("\n"))
    return f'"""\n{indented}\n    """'


def rename_classes(source: str, placeholders: dict[str, str]) -> tuple[str, dict[str, set[str]]]:
    """``source`` with its module-level names renamed: placeholders → ``placeholders[...]``.

    Every class the library named itself keeps its name unless that is one of ours (or becomes
    one once a placeholder inside it is replaced), then it gets a numeric suffix; an imported
    name that one of our classes would shadow is imported under a private alias. References
    are renamed where the syntax tree has them (class statements, names read), never inside
    strings, attributes, keyword arguments or fields. Also returns each class with its fields.
    """
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        raise InternalError(f"models stage: datamodel-code-generator wrote invalid Python: {exc}") from None
    inner = re.compile("|".join(re.escape(p) for p in sorted(placeholders, key=len, reverse=True)))
    defined: list[str] = []
    imported: dict[str, ast.alias] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            defined.append(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            defined.extend(t.id for t in targets if isinstance(t, ast.Name))
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                imported[alias.asname or alias.name.split(".")[0]] = alias
    mapping: dict[str, str] = {}
    taken = set(placeholders.values())
    for name in defined:
        if name in placeholders:
            mapping[name] = placeholders[name]
        elif name not in mapping:
            wanted = inner.sub(lambda m: placeholders[m.group(0)], name)
            new = naming.unique(wanted, taken, sep="")
            if new != name:
                mapping[name] = new
    taken |= set(defined)
    aliased: dict[str, str] = {}
    for bound in imported:
        if bound in taken and bound not in mapping:
            aliased[bound] = naming.unique(f"{bound}_", taken | set(imported), sep="")
            taken.add(aliased[bound])
    edits: list[tuple[int, int, int, str]] = []  # (line, start byte, end byte, text)
    # Lines as the parser counts them: str.splitlines() would also cut at \x0c or \u2028 in strings.
    lines = source.encode("utf-8").split(b"\n")
    for item in ast.walk(tree):
        if isinstance(item, ast.ClassDef) and item.name in mapping:
            statement = re.compile(rb"class\s+(" + re.escape(item.name.encode()) + rb")\b")
            found = statement.search(lines[item.lineno - 1], item.col_offset)
            if found is None:
                raise InternalError(f"models stage: cannot find the class statement of {item.name}")
            edits.append((item.lineno, found.start(1), found.end(1), mapping[item.name]))
        elif isinstance(item, ast.Name) and (item.id in mapping or item.id in aliased):
            new = mapping.get(item.id) or aliased[item.id]
            edits.append((item.lineno, item.col_offset, item.end_col_offset or item.col_offset, new))
    for bound, new in aliased.items():
        alias = imported[bound]
        end = alias.end_col_offset or alias.col_offset
        edits.append((alias.lineno, alias.col_offset, end, f"{alias.name} as {new}"))
    for lineno, start, stop, text in sorted(edits, reverse=True):
        line = lines[lineno - 1]
        lines[lineno - 1] = line[:start] + text.encode("utf-8") + line[stop:]
    out = b"\n".join(lines).decode("utf-8")
    # Anything left (a placeholder inside a string the library wrote) is a whole word: replace it.
    renamed = {mapping.get(name, name): attrs for name, attrs in _classes(tree).items()}
    return inner.sub(lambda m: placeholders[m.group(0)], out), renamed


def _classes(tree: ast.Module) -> dict[str, set[str]]:
    """Each module-level class of a module → its annotated attributes."""
    out: dict[str, set[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            out[node.name] = {
                stmt.target.id
                for stmt in node.body
                if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)
            }
    return out


def _missing_fields(api: Api, classes: dict[str, set[str]]) -> set[str]:
    """Classes of the naming table that lack one of the table's fields."""
    out = set()
    for model in api.models:
        attrs = classes.get(model.name)
        if attrs and any(attr not in attrs for attr in model.fields.values()):
            out.add(model.name)
    return out


def check_names(api: Api, classes: dict[str, set[str]]) -> None:
    """Fail loudly if the generated classes and fields differ from the naming table."""
    for model in api.models:
        if model.name not in classes:
            raise InternalError(f"models stage: class {model.name} (from {model.pointer}) was not generated")
        attrs = classes[model.name]
        missing = [attr for attr in model.fields.values() if attrs and attr not in attrs]
        if missing:
            raise InternalError(f"models stage: {model.name} lacks field(s) {', '.join(missing)} of the naming table")
