"""Enums that accept values the spec did not list.

APIs add enum values over time; a client that raises on an unknown value breaks the day the
server ships one. Members of an :class:`OpenEnum` subclass parse unknown values into a
pseudo-member (``.value`` holds the raw value) instead of raising. Request arguments are
checked strictly: while :func:`strict_enums` is active, unknown values are rejected.
"""

from __future__ import annotations

import contextlib
import contextvars
import enum
from collections.abc import Iterator
from typing import Any

from ._package import PACKAGE

_STRICT: contextvars.ContextVar[bool] = contextvars.ContextVar(f"{PACKAGE}_strict_enums", default=False)


@contextlib.contextmanager
def strict_enums() -> Iterator[None]:
    """Reject enum values the spec does not list (used while validating request arguments)."""
    token = _STRICT.set(True)
    try:
        yield
    finally:
        _STRICT.reset(token)


class OpenEnum(enum.Enum):
    """Base of the generated enums: tolerant of new server values, strict for arguments."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if _STRICT.get():
            return None
        for mixin in (str, int, float):
            if issubclass(cls, mixin):
                if not isinstance(value, mixin) or isinstance(value, bool):
                    return None
                member = mixin.__new__(cls, value)
                break
        else:
            member = object.__new__(cls)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
