"""Version of this generated package, and what it was generated from (see ``_manifest.json``)."""

__version__ = "0.5.0"
API_VERSION = "3"  # the spec's info.version
SPEC_SHA256 = "ff800745987499a5ad04f62c24dc42764e27185e485d86930eb94b6b7b1e5a66"  # the spec file it was generated from
GENERATOR_VERSION = "0.1.0"
