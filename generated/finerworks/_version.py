"""Version of this generated package (and of the API description it was generated from)."""

__version__ = "0.4.0"
API_VERSION = "3"
