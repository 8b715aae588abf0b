"""Version of this generated package (and of the API description it was generated from)."""

__version__ = "0.5.0"
API_VERSION = "3"
