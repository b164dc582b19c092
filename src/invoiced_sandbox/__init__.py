"""A stateful sandbox of the Invoiced API, driven by `spec/openapi.yaml` and kept in SQLite."""

__version__ = "0.1.0"
