"""What is particular to this package; the runtime modules beside it are the same in every package."""

PACKAGE = "finerworks"  # the logger's name, and the prefix of the context variables
ENV_PREFIX = "FINERWORKS"  # FINERWORKS_BASE_URL, FINERWORKS_LOG, ...
CLIENT_ERROR_NAME = "FinerWorksError"  # the name users know the error base class by
