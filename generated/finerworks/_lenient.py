"""Building a response model from a body that does not quite match its schema.

A server that renames or retypes one field must not make a whole call unusable. When strict
validation fails, :func:`construct_leniently` builds the model field by field: every value that
validates is typed as usual, nested models included; a value that does not is kept exactly as
the server sent it, still reachable as an attribute. Unknown fields stay in ``model_extra``.
Strict validation remains the first try, so well-formed bodies cost nothing extra.
"""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

import pydantic

M = TypeVar("M", bound=pydantic.BaseModel)


def construct_leniently(cls: type[M], data: Any) -> M:
    """``cls`` from ``data``: typed where the data validates, as sent where it does not.

    Raises ``TypeError`` when ``data`` cannot be this model at all (a list for an object model).
    """
    try:
        return cls.model_validate(data)
    except pydantic.ValidationError:
        pass
    if issubclass(cls, pydantic.RootModel):
        root = cls.model_fields["root"].annotation
        return cls.model_construct(root=_value(root, data))
    if not isinstance(data, Mapping):
        raise TypeError(f"expected a JSON object for {cls.__name__}, got {type(data).__name__}")
    fields = cls.model_fields
    names = {info.alias or name: name for name, info in fields.items()}
    names.update({name: name for name in fields if name not in names})
    instance = cls.model_construct()  # defaults of the fields the data leaves out
    validator = cls.__pydantic_validator__
    given: set[str] = set()
    extra: dict[str, Any] = {}
    for key, value in data.items():
        name = names.get(str(key))
        if name is None:
            extra[str(key)] = value
            continue
        try:
            validator.validate_assignment(instance, name, value)
        except pydantic.ValidationError:
            instance.__dict__[name] = _value(fields[name].annotation, value)
        given.add(name)
    for name, info in fields.items():
        if name not in instance.__dict__ and info.is_required():
            instance.__dict__[name] = None  # missing: None rather than an AttributeError on access
    object.__setattr__(instance, "__pydantic_fields_set__", given)
    if cls.model_config.get("extra") == "allow":
        object.__setattr__(instance, "__pydantic_extra__", extra)
    return instance


def _value(annotation: Any, value: Any) -> Any:
    """A value that failed validation as ``annotation``: its valid parts typed, the rest as sent."""
    for option in _options(annotation):
        is_model = isinstance(option, type) and issubclass(option, pydantic.BaseModel)
        if is_model and (isinstance(value, Mapping) or issubclass(option, pydantic.RootModel)):
            try:
                return construct_leniently(option, value)
            except TypeError:
                continue
        origin = typing.get_origin(option)
        args = typing.get_args(option)
        if isinstance(value, list) and origin in (list, Sequence, tuple) and args:
            return [_item(args[0], v) for v in value]
        if isinstance(value, Mapping) and origin in (dict, Mapping) and len(args) == 2:
            return {k: _item(args[1], v) for k, v in value.items()}
    return value


def _item(annotation: Any, value: Any) -> Any:
    try:
        return _adapter(annotation).validate_python(value)
    except (pydantic.ValidationError, TypeError):
        return _value(annotation, value)


@functools.lru_cache(maxsize=256)
def _adapter(annotation: Any) -> pydantic.TypeAdapter[Any]:
    return pydantic.TypeAdapter(annotation)


def _options(annotation: Any) -> list[Any]:
    """The members of a union (``X | None`` included), with ``Annotated`` metadata stripped."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _options(typing.get_args(annotation)[0])
    if origin is typing.Union or origin is types.UnionType:
        return [o for arg in typing.get_args(annotation) for o in _options(arg)]
    return [annotation]
