"""Stage 5, render: IR → the files of the package as text (all but ``models.py``, the models stage's).

Templates live in ``templates/``; they read only the IR and reach spec text only through the
escaping filters of :mod:`generator.escape`. Types are IR data (:mod:`generator.ir.types`); the
filters below are where they become text. ``StrictUndefined`` turns a typo in a template into an
error instead of an empty string in the output.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from generator.cache import Cache, key
from generator.escape import FILTERS
from generator.fingerprint import DEFAULT_TEMPLATES, templates_digest
from generator.ir.nodes import Api
from generator.ir.types import Import, TypeNode
from generator.runtime import _exceptions as runtime_exceptions
from generator.runtime import copied_modules
from generator.write import Rendered

__all__ = ["Rendered", "environment", "exception_exports", "render"]


_OPTIONS: dict[str, Any] = {
    "undefined": jinja2.StrictUndefined,
    "autoescape": False,
    "keep_trailing_newline": True,
    "trim_blocks": False,
    "lstrip_blocks": False,
}


def annotation(node: TypeNode) -> str:
    """``{{ p.type | annotation }}``: the annotation a resource module writes (``_Sequence[_models.Item]``)."""
    return node.annotation()


def shown(node: TypeNode) -> str:
    """``{{ p.type | shown }}``: the type as docs show it (``Sequence[Item]``); raw text, escape it after."""
    return node.shown()


def expression(node: TypeNode | None) -> str:
    """``{{ op.response.runtime_type | expression }}``: the class as a runtime value; no type is ``None``."""
    return "None" if node is None else node.expression()


def import_lines(imports: list[Import]) -> list[str]:
    """``{% for line in resource.imports | import_lines %}``: one sorted import line per name, aliased."""
    return sorted(f"from {imp.module} import {imp.name} as {imp.alias}" for imp in imports)


TYPE_FILTERS = {"annotation": annotation, "shown": shown, "expression": expression, "import_lines": import_lines}


def environment(templates: Path, *, cache: bool = False) -> jinja2.Environment:
    """The Jinja2 environment; with ``cache``, compiled templates are kept between runs.

    ``templates`` other than the project's own folder is an overlay: a template it holds replaces
    ours of the same name, and every other template is ours.

    Compiling the templates is most of the render stage of a regeneration. Jinja2's bytecode
    cache checks each template's source checksum; its folder is named after the Jinja2 version
    and the options above, which also decide the compiled code.
    """
    loaders: list[jinja2.BaseLoader] = [jinja2.FileSystemLoader(str(templates))]
    if templates.resolve() != DEFAULT_TEMPLATES.resolve():
        # An overlay (--templates DIR): the templates it holds win, ours fill in the rest.
        loaders.append(jinja2.FileSystemLoader(str(DEFAULT_TEMPLATES)))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders), bytecode_cache=_bytecode_cache() if cache else None, **_OPTIONS
    )
    env.filters.update(FILTERS)
    env.filters.update(TYPE_FILTERS)
    return env


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    from generator.cache import cache_dir, key
    from generator.fingerprint import version

    folder = cache_dir() / f"jinja-{key(version('Jinja2'), repr(sorted(_OPTIONS.items())))[:16]}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # a cache that cannot be written only costs time
    return jinja2.FileSystemBytecodeCache(str(folder))


def exception_exports() -> list[str]:
    """The exceptions ``__init__`` re-exports: the runtime's own list (``ClientError`` is exported under
    the client's name, ``<Client>Error``, by the template)."""
    return sorted(name for name in runtime_exceptions.__all__ if name != "ClientError")


@dataclass(frozen=True)
class ClientNames:
    """All a resource module may read of the API besides its resource: the client classes' names."""

    client_class: str
    async_client_class: str


def _resources(api: Api, env: jinja2.Environment, templates: Path, *, cache: bool) -> dict[str, str]:
    """The resource modules, each rendered only when its inputs changed since the last run.

    A resource module is rendered from its resource and the client classes' names, nothing else:
    the template gets ``resource`` and an ``api`` that has only those names (reading anything
    else of it is a template error). So each module is a function of exactly what its cache key
    hashes: the resource (pickled), the names and the templates. An edit of one operation
    renders one module again. The modules of the last run are stored together, by their keys.
    """
    template = env.get_template("package/resources/resource.py.jinja")
    names = ClientNames(api.client_class, api.async_client_class)
    store = Cache("rendered-resources", enabled=cache)
    slot = key("resources-1", api.package, str(templates.resolve()))
    known: dict[str, str] = {}
    raw = store.get(slot) if store.folder else None
    if raw:
        try:
            loaded = json.loads(raw)
            known = loaded if isinstance(loaded, dict) else {}
        except ValueError:  # a damaged entry only costs time
            known = {}
    base = key("resource-1", templates_digest(templates), repr(dataclasses.astuple(names))).encode()
    files: dict[str, str] = {}
    made: dict[str, str] = {}
    for resource in api.resources:
        pickled = pickle.dumps(resource, protocol=pickle.HIGHEST_PROTOCOL) if store.folder else b""
        digest = hashlib.sha256(base + pickled).hexdigest() if store.folder else ""
        text = known.get(digest) if digest else None
        if not isinstance(text, str):
            text = template.render(api=names, resource=resource)
        made[digest] = files[f"resources/{resource.module}.py"] = text
    if store.folder and made.keys() != known.keys():
        store.put(slot, json.dumps(made, ensure_ascii=False))
    return files


def render(api: Api, version: str, templates: Path, *, cache: bool = False) -> Rendered:
    """Every file of the package from the templates, except ``models.py`` (the models stage's)."""
    env = environment(templates, cache=cache)
    context = {"api": api, "version": version, "exceptions": exception_exports()}
    files: dict[str, str] = {}
    for module in copied_modules():
        files[module.name] = module.read_text(encoding="utf-8")
    for name in (
        "__init__.py",
        "_package.py",
        "_version.py",
        "_client.py",
        "README.md",
        "api.md",
        "py.typed",
        "resources/__init__.py",
    ):
        files[name] = env.get_template(f"package/{name}.jinja").render(context)
    files.update(_resources(api, env, templates, cache=cache))
    beside = {"pyproject.toml": env.get_template("pyproject.toml.jinja").render(context)}
    return Rendered(package=files, beside=beside)
