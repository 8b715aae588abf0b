"""Stand-in for the generated package's ``_version.py`` (see ``_package.py``)."""

__version__ = "0.0.0"
