"""Stage 3: the intermediate representation (``nodes``, its types as data in ``types``) and how it is built (``build``)."""

from generator.ir.build import build_ir
from generator.ir.nodes import Api, Operation, Resource

__all__ = ["Api", "Operation", "Resource", "build_ir"]
