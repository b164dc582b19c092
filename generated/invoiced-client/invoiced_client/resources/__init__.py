"""One module per tag of the spec, each with a sync and an async resource class."""
