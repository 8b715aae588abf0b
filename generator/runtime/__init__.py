"""The runtime of every generated package: plain modules, copied verbatim into each package.

``_base_client`` (the engine: requests, auth, retries, parsing), ``_exceptions``, ``_error_body``
(reading error responses), ``_lenient`` (off-schema responses), ``_response``, ``_types`` and
``_enum``. What differs per package lives in the generated ``_package.py`` and ``_version.py``;
the ones here are stand-ins so that the runtime can be imported and tested in this repository.
This ``__init__`` is not copied: each package renders its own.
"""
