"""The ceiling for Python here: a bare Starlette endpoint returning a fixed JSON body.

Run: `.venv/bin/python bench/bare_app.py --port N`. It is served by `uvicorn.run` with the
same arguments `invoiced-sandbox` uses, so the two differ only in what the app does.
"""

from __future__ import annotations

import argparse

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

# About the size of a sandbox customer object, so both send similar bytes.
BODY = (
    b'{"id":1,"object":"customer","name":"Acme","number":"CUST-0001","email":null,"type":"company",'
    b'"collection_mode":"manual","payment_terms":null,"autopay":false,"payment_source":null,'
    b'"attention_to":null,"address1":null,"address2":null,"city":null,"state":null,"postal_code":null,'
    b'"country":"US","tax_id":null,"phone":null,"other_phone":null,"notes":null,"created_at":1700000000}'
)


async def fixed(request: Request) -> Response:
    return Response(BODY, media_type="application/json")


app = Starlette(routes=[Route("/customers/{customer_id}", fixed)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--log-level", default="warning")
    args = parser.parse_args()
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level=args.log_level)


if __name__ == "__main__":
    main()
