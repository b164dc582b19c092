"""A stateful sandbox of the Invoiced API, driven by `spec/openapi.yaml` and kept in SQLite.

`create_app` builds the ASGI app and `server_config` the uvicorn settings it is served with;
`invoiced-sandbox` (`invoiced_sandbox.cli`) is the command, and its one public module. The rest is exported for the
benchmarks and tests that drive the handlers or the database directly: outside the package
and its own tests, import from here, not from its modules.
"""

from __future__ import annotations

from ._app import create_app
from ._catalog import load_catalog
from ._clock import add_duration
from ._context import Context
from ._endpoints import HANDLERS
from ._limits import Limits
from ._routes import Router
from ._serving import server_config
from ._store import business_ids, open_database, write_transaction

__version__ = "0.1.0"

__all__ = [
    "HANDLERS",
    "Context",
    "Limits",
    "Router",
    "add_duration",
    "business_ids",
    "create_app",
    "load_catalog",
    "open_database",
    "server_config",
    "write_transaction",
]
