"""Version of this generated package, and what it was generated from (see ``_manifest.json``)."""

__version__ = "0.5.0"
API_VERSION = "3"  # the spec's info.version
SPEC_SHA256 = "96daf3edd99a080c4ff73068cb75ac0c36bb7e8858a95861b74801c59282dcc6"  # the spec file it was generated from
GENERATOR_VERSION = "0.1.0"
