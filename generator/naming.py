"""The naming table: how spec names become Python names, for every stage.

One module decides every Python name the package exposes: model classes, their fields, resource
attributes, method names and keyword arguments. The IR stage calls it and records the results;
the models stage hands the same names to datamodel-code-generator and the templates read them
from the IR, so the two can never disagree. Rules:

* names are ASCII identifiers (unicode folded, punctuation → ``_``), never keywords, never
  starting with a digit or an underscore;
* names that would shadow something in the scope they live in (builtins used in annotations,
  pydantic's own attributes, the runtime's keyword arguments) get a trailing ``_``;
* collisions after sanitising get a stable numeric suffix (``_2``, ``_3``, ...) in spec order;
* the wire name is never lost: the IR keeps it next to the Python name.
"""

from __future__ import annotations

import keyword
import re
import unicodedata
from collections.abc import Callable, Iterable

# Names used unqualified in generated annotations and class bodies: a field or method with one
# of these names would shadow the type for every annotation after it.
SHADOWING_BUILTINS = frozenset(
    {
        "bool",
        "bytes",
        "dict",
        "float",
        "int",
        "list",
        "object",
        "set",
        "str",
        "type",
        "tuple",
        "None",
        "True",
        "False",
        "Any",
        "Optional",
        "Union",
        "Literal",
        "Annotated",
    }
)
# Attributes of pydantic.BaseModel (v2, and the deprecated v1 names it still defines).
PYDANTIC_RESERVED = frozenset(
    {
        "construct",
        "copy",
        "dict",
        "fields",
        "from_orm",
        "json",
        "parse_file",
        "parse_obj",
        "parse_raw",
        "schema",
        "schema_json",
        "update_forward_refs",
        "validate",
        "model_config",
        "model_fields",
        "model_computed_fields",
        "model_extra",
        "model_fields_set",
        "model_construct",
        "model_copy",
        "model_dump",
        "model_dump_json",
        "model_json_schema",
        "model_parametrized_name",
        "model_post_init",
        "model_rebuild",
        "model_validate",
        "model_validate_json",
        "model_validate_strings",
        "root",
    }
)
# Keyword arguments every generated method takes besides the operation's own.
RUNTIME_KWARGS = frozenset({"self", "extra_headers", "extra_query", "extra_body", "timeout", "max_retries"})
# Attributes of generated resource classes and clients that methods/resources must not hide.
RESOURCE_RESERVED = frozenset(
    {"with_raw_response", "prepare", "with_options", "close", "aclose", "copy", "call", "paginate"}
)

_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NON_WORD = re.compile(r"[^0-9A-Za-z]+")


def _ascii_words(name: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return [w for w in _NON_WORD.split(_CAMEL_BOUNDARY.sub("_", folded)) if w]


def snake(name: str, *, fallback: str = "value") -> str:
    """``StartTime`` → ``start_time``; ``2fa`` → ``n_2fa``; ``""`` → ``fallback``."""
    words = _ascii_words(name)
    out = "_".join(w.lower() for w in words) or fallback
    if out[0].isdigit():
        out = "n_" + out
    if keyword.iskeyword(out) or keyword.issoftkeyword(out):
        out += "_"
    return out


def pascal(name: str, *, fallback: str = "Model") -> str:
    """``image_library`` → ``ImageLibrary``; ``a.b-c`` → ``ABC``; leading digits get ``M``."""
    words = _ascii_words(name)
    out = "".join(w[:1].upper() + w[1:] for w in words) or fallback
    if out[0].isdigit():
        out = "M" + out
    if keyword.iskeyword(out):
        out += "_"
    return out


def unique(name: str, taken: set[str], *, sep: str = "_") -> str:
    """``name`` itself, or ``name_2``/``name_3``... : the first not in ``taken``; adds it there."""
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{name}{n}" if name.endswith("_") else f"{name}{sep}{n}"
    taken.add(candidate)
    return candidate


def field_name(wire: str) -> str:
    """Python attribute name for a model property, before collision handling."""
    name = snake(wire, fallback="field")
    if name in SHADOWING_BUILTINS or name in PYDANTIC_RESERVED or name.startswith("model_"):
        name += "_"
    return name


def argument_name(wire: str) -> str:
    """Keyword-argument name for an operation parameter or body field."""
    name = snake(wire, fallback="param")
    if name in RUNTIME_KWARGS:
        name += "_"
    return name


# Names the bodies of generated resource classes use unqualified after their methods are defined.
RESOURCE_SCOPE_NAMES = frozenset({"str", "int", "float", "bool", "bytes", "cached_property"})


def method_name(name: str) -> str:
    """Method name inside a resource class (``list`` is fine; ``str`` or ``copy`` are not)."""
    out = snake(name, fallback="call")
    if out in RESOURCE_SCOPE_NAMES or out in RESOURCE_RESERVED or out.startswith("with_"):
        out += "_"
    return out


def attribute_name(name: str) -> str:
    """Attribute of the client holding a resource (``client.images``)."""
    out = snake(name, fallback="default")
    if out in RESOURCE_RESERVED or out in RUNTIME_KWARGS:
        out += "_"
    return out


def module_name(attribute: str) -> str:
    """File name (without ``.py``) of a resource module: the attribute, minus a needless ``_``."""
    bare = attribute.rstrip("_")
    return bare if bare and not keyword.iskeyword(bare) and not keyword.issoftkeyword(bare) else attribute


def name_all(
    wires: Iterable[str], convert: Callable[[str], str] = field_name, *, reserved: Iterable[str] = ()
) -> dict[str, str]:
    """Map each wire name to a unique Python name (first come, first served, in spec order)."""
    taken: set[str] = set(reserved)
    return {wire: unique(convert(wire), taken) for wire in wires}


# Names the models module imports or defines itself; a schema class must not take them.
MODEL_MODULE_RESERVED = frozenset(
    {
        "Any",
        "AwareDatetime",
        "BaseModel",
        "ConfigDict",
        "Decimal",
        "Enum",
        "Field",
        "IntEnum",
        "Literal",
        "NaiveDatetime",
        "OpenEnum",
        "Optional",
        "RootModel",
        "StrEnum",
        "UUID",
        "Union",
        "annotations",
        "date",
        "datetime",
        "time",
        "timedelta",
        "Annotated",
        "Dict",
        "List",
    }
)


def class_name(name: str) -> str:
    """Model class name for a schema (``image_library`` → ``ImageLibrary``)."""
    out = pascal(name)
    if out in MODEL_MODULE_RESERVED or out in SHADOWING_BUILTINS:
        out += "Model"
    return out
