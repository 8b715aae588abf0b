"""Small shared types: the "argument not given" sentinel and aliases used in signatures."""

from __future__ import annotations

from collections.abc import Mapping
from typing import IO, Any, Literal, Union

import httpx


class NotGiven:
    """Marks an argument the caller did not pass, so that ``None`` can mean JSON ``null``.

    Omitted keyword arguments are left out of the request; an explicit ``None`` is sent.
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()

Headers = Mapping[str, str]
Query = Mapping[str, object]
Body = Mapping[str, object]
Timeout = Union[float, httpx.Timeout, None]

FileContent = Union[bytes, IO[bytes]]
# A file for a multipart upload: its content, or (filename, content[, content type]).
FileTypes = Union[
    FileContent,
    "tuple[str | None, FileContent]",
    "tuple[str | None, FileContent, str | None]",
]

JSON = Any
