"""The base of every model class: the configuration they all share, written once.

* ``extra="allow"``: fields the spec does not describe are kept (``model_extra``), never dropped;
* ``populate_by_name``: a model can be built by Python field name or by wire name;
* ``defer_build``: a model's validator is built on first use, so importing the package stays cheap;
* ``use_attribute_docstrings``: each field's docstring (what ``help()`` and IDEs show) is also its
  description in ``model_json_schema()``.

A model whose schema says otherwise (``additionalProperties: false``) overrides what differs.
"""

from __future__ import annotations

import pydantic


class Model(pydantic.BaseModel):
    """A model of one of the API's schemas."""

    model_config = pydantic.ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
        use_attribute_docstrings=True,
    )
