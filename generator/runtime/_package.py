"""What is particular to one generated package; the generator writes the real one.

The runtime modules beside this file are copied verbatim into every generated package. Each
package gets its own ``_package.py`` in place of this one (templates/package/_package.py.jinja),
naming the package (its logger and context variables), its environment-variable prefix and its
error base class. This stand-in lets the runtime be imported, type-checked and unit-tested here.
"""

PACKAGE = "client"
ENV_PREFIX = "CLIENT"
CLIENT_ERROR_NAME = "ClientError"
