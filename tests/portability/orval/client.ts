// A client written the way orval users write one: the generated fetch functions, through the
// project's custom fetch. tsc --strict must accept it; node runs it against a sandbox (argv: base
// URL, API key) and prints what it found, for the test to check. orval's imports carry no file
// extension, so this folder compiles to CommonJS, and the work runs in an async function.
import { configure, requested } from "./fetcher";
import { createCustomer, createInvoice, listInvoices } from "./generated/invoiced";
import type { ErrorObject, Invoice, InvoiceStatus } from "./generated/invoiced";

async function main(baseUrl: string, apiKey: string): Promise<void> {
  configure(baseUrl, apiKey);

  async function customer(name: string): Promise<number> {
    const created = await createCustomer({ name });
    if (created.status !== 201) throw new Error(`createCustomer: ${JSON.stringify(created.data)}`);
    return created.data.id;
  }

  async function invoice(customerId: number): Promise<Invoice> {
    const created = await createInvoice({
      customer: customerId,
      items: [{ name: "Copy paper", quantity: 1, unit_cost: 45 }],
    });
    if (created.status !== 201) throw new Error(`createInvoice: ${JSON.stringify(created.data)}`);
    return created.data;
  }

  const acme = await customer("Acme");
  const other = await customer("Other");
  const wanted = await invoice(acme);
  await invoice(other);

  // orval writes a deepObject, exploded query parameter as filter[key]=value.
  const listed = await listInvoices({ filter: { customer: acme, paid: false } });
  const url = requested.at(-1);
  if (listed.status !== 200) throw new Error(`listInvoices: ${JSON.stringify(listed.data)}`);
  const statuses: InvoiceStatus[] = listed.data.map((each) => each.status);

  // An unknown filter key is refused with the error object, typed as such.
  // @ts-expect-error: `bogus` is no attribute of InvoiceFilter, and the types know it.
  const refused = await listInvoices({ filter: { bogus: "x" } });
  const problem: ErrorObject | null = refused.status === 400 ? refused.data : null;

  console.log(
    JSON.stringify({
      wanted: wanted.id,
      listed: listed.data.map((each) => each.id),
      statuses,
      url,
      refused: { status: refused.status, param: problem?.param ?? null },
    }),
  );
}

const [baseUrl, apiKey] = process.argv.slice(2);
if (baseUrl === undefined || apiKey === undefined) {
  throw new Error("usage: client.js BASE_URL API_KEY");
}
main(baseUrl, apiKey).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
