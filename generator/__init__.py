"""OpenAPI → typed Python client generator.

The pipeline runs in stages, each in its own module, data flowing one way:
``load`` → ``validate`` → ``ir`` → ``models`` → ``render`` → ``format`` → ``write``.
``pipeline`` strings them together; ``cli`` is the command-line front end.
"""

__version__ = "0.1.0"
