// A client written the way @hey-api/openapi-ts users write one: its SDK functions on a fetch
// client, each request and response checked by the generated zod schemas. tsc --strict must
// accept it; node runs it against a sandbox (argv: base URL, API key) and prints what it found.
import { ZodError } from "zod";
import { createClient } from "./generated/client/index.js";
import { createCustomer, createInvoice, listInvoices } from "./generated/sdk.gen.js";
import type { ErrorObject, Invoice, InvoiceStatus } from "./generated/types.gen.js";

const [baseUrl, apiKey] = process.argv.slice(2);
if (baseUrl === undefined || apiKey === undefined) {
  throw new Error("usage: client.js BASE_URL API_KEY");
}
// The SDK knows the operations use HTTP basic auth; `auth` is the user:password pair it encodes.
const client = createClient({ baseUrl, auth: `${apiKey}:` });

async function customer(name: string): Promise<number> {
  const { data, error } = await createCustomer({ client, body: { name } });
  if (data === undefined) throw new Error(`createCustomer: ${JSON.stringify(error)}`);
  return data.id;
}

async function invoice(customerId: number): Promise<Invoice> {
  const { data, error } = await createInvoice({
    client,
    body: { customer: customerId, items: [{ name: "Copy paper", quantity: 1, unit_cost: 45 }] },
  });
  if (data === undefined) throw new Error(`createInvoice: ${JSON.stringify(error)}`);
  return data;
}

const acme = await customer("Acme");
const other = await customer("Other");
const wanted = await invoice(acme);
await invoice(other);

// The client's default query serializer writes an object parameter as deepObject, exploded.
const listed = await listInvoices({ client, query: { filter: { customer: acme, paid: false } } });
if (listed.data === undefined) throw new Error(`listInvoices: ${JSON.stringify(listed.error)}`);
const statuses: InvoiceStatus[] = listed.data.map((each) => each.status);

// An unknown filter key is refused by the server with the error object, typed as such. (The request
// validator lets it through: a zod object drops keys it does not know while it checks.)
const refused = await listInvoices({
  client,
  // @ts-expect-error: `bogus` is no attribute of InvoiceFilter, and the types know it.
  query: { filter: { bogus: "x" } },
});
const problem: ErrorObject | undefined = refused.error;

// A value the schemas refuse never leaves the client: the request validator's ZodError comes back as
// the error, with no response. (The SDK's types do not say so; they list the server's errors only.)
const tooLong = await listInvoices({ client, query: { per_page: 1000 } });
const caught: unknown = tooLong.error;
const invalid = {
  sent: tooLong.response !== undefined,
  issues: caught instanceof ZodError ? caught.issues.map((issue) => issue.path.join(".")) : null,
};

console.log(
  JSON.stringify({
    wanted: wanted.id,
    listed: listed.data.map((each) => each.id),
    statuses,
    url: listed.response?.url ?? null,
    refused: { status: refused.response?.status ?? null, param: problem?.param ?? null, url: refused.response?.url ?? null },
    invalid,
  }),
);
