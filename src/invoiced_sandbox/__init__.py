"""A stateful sandbox of the Invoiced API, driven by `spec/openapi.yaml` and kept in SQLite.

`create_app` builds the ASGI app and `server_config` the uvicorn settings it is served with;
`invoiced-sandbox` (`invoiced_sandbox.cli`) is the command. The rest is exported for the
benchmarks and tests that drive the handlers or the database directly: outside the package
and its own tests, import from here, not from its modules.
"""

from __future__ import annotations

from .app import create_app
from .catalog import load_catalog
from .clock import add_duration
from .context import Context
from .endpoints import HANDLERS
from .limits import Limits
from .routes import Router
from .serving import server_config
from .store import business_ids, open_database, write_transaction

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
