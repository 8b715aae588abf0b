"""Stage 3: the intermediate representation (``nodes``, its types as data in ``types``) and how it is built (``build``)."""

from typing import Any

from generator.ir.nodes import Api, Operation, Resource

__all__ = ["Api", "Operation", "Resource", "build_ir"]


def __getattr__(name: str) -> Any:
    # The builder (and the checks it imports) only when an IR is built: a regeneration whose IR
    # comes from the cache (generator.checked) reads the nodes alone, and starts faster.
    if name == "build_ir":
        from generator.ir.build import build_ir

        return build_ir
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
