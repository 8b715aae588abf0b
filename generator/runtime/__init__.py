"""The runtime of every generated package: plain modules, copied verbatim into each package.

``_base_client`` (the engine: requests, auth, retries, parsing), ``_exceptions``, ``_error_body``
(reading error responses), ``_lenient`` (off-schema responses), ``_response``, ``_types`` and
``_enum``. What differs per package lives in the generated ``_package.py`` and ``_version.py``;
the ones here are stand-ins so that the runtime can be imported and tested in this repository.
This ``__init__`` is not copied: each package renders its own.
"""

from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).resolve().parent
# Here only: per package, these are rendered from templates instead.
_NOT_COPIED = frozenset({"__init__.py", "_package.py", "_version.py"})


def copied_modules() -> list[Path]:
    """The runtime modules every package gets as they are, in a stable order.

    They are kept black-formatted with the generated code's settings (``make lint`` checks them,
    a test compares), so the format stage passes them through untouched instead of running black
    over some 100 KB of source on every cold generation.
    """
    return sorted(p for p in FOLDER.glob("*.py") if p.name not in _NOT_COPIED)
