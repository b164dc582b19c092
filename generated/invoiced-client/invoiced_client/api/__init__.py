"""The low-level layer: one module per operation under a package per tag, such as `api.customers.create_customer`.

Each module has `sync` and `asyncio` (typed result, raising on error answers) and `sync_detailed` and
`asyncio_detailed` (a `Response` with the status, headers and the parsed body or error object).
`InvoicedClient`'s resources (`client.customers.create(...)`) are the interface to use; these
functions take a model as `body` and the client as `client=`.
"""
