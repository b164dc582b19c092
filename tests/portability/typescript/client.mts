// A client written the way openapi-typescript users write one: openapi-fetch typed by the
// generated `paths`. tsc --strict must accept it; node runs it against a sandbox
// (argv: base URL, API key) and prints what it found, for the test to check.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/schema.js";

type Invoice = components["schemas"]["Invoice"];
type InvoiceStatus = components["schemas"]["InvoiceStatus"];
type ErrorObject = components["schemas"]["ErrorObject"];

const [baseUrl, apiKey] = process.argv.slice(2);
if (baseUrl === undefined || apiKey === undefined) {
  throw new Error("usage: client.mjs BASE_URL API_KEY");
}
const client = createClient<paths>({
  baseUrl,
  headers: { Authorization: `Basic ${Buffer.from(`${apiKey}:`).toString("base64")}` },
});

async function customer(name: string): Promise<number> {
  const { data, error } = await client.POST("/customers", { body: { name } });
  if (data === undefined) throw new Error(`createCustomer: ${JSON.stringify(error)}`);
  return data.id;
}

async function invoice(customerId: number): Promise<Invoice> {
  const { data, error } = await client.POST("/invoices", {
    body: { customer: customerId, items: [{ name: "Copy paper", quantity: 1, unit_cost: 45 }] },
  });
  if (data === undefined) throw new Error(`createInvoice: ${JSON.stringify(error)}`);
  return data;
}

const acme = await customer("Acme");
const other = await customer("Other");
const wanted = await invoice(acme);
await invoice(other);

// openapi-fetch writes a deepObject, exploded query parameter as filter[key]=value.
const listed = await client.GET("/invoices", { params: { query: { filter: { customer: acme, paid: false } } } });
if (listed.data === undefined) throw new Error(`listInvoices: ${JSON.stringify(listed.error)}`);
const statuses: InvoiceStatus[] = listed.data.map((each) => each.status);

// An unknown filter key is refused with the error object, typed as such.
const refused = await client.GET("/invoices", {
  // @ts-expect-error: `bogus` is no attribute of InvoiceFilter, and the types know it.
  params: { query: { filter: { bogus: "x" } } },
});
const problem: ErrorObject | undefined = refused.error;

console.log(
  JSON.stringify({
    wanted: wanted.id,
    listed: listed.data.map((each) => each.id),
    statuses,
    url: listed.response.url,
    refused: { status: refused.response.status, param: problem?.param ?? null },
  }),
);
