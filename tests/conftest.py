"""Fixture modules shared across test areas; each area adds its own module here."""

pytest_plugins = ["tests.fixtures.sandbox"]
