// Every example in the spec through the generated zod schema of the component it illustrates.
// argv: a JSON file of [{schema, value, where}]; prints, as JSON, each example with the issues zod
// found (none when it is accepted) and what parsing made of it, bigints (int64) as numbers.
import { readFileSync } from "node:fs";
import type { ZodType } from "zod";
import * as schemas from "./generated/zod.gen.js";

interface Example {
  schema: string;
  value: unknown;
  where: string;
}

const [path] = process.argv.slice(2);
if (path === undefined) throw new Error("usage: examples.js EXAMPLES_JSON");
const examples = JSON.parse(readFileSync(path, "utf-8")) as Example[];
const byName: Record<string, ZodType | undefined> = schemas;

const results = examples.map(({ schema, value, where }) => {
  const zod = byName[`z${schema}`];
  if (zod === undefined) return { where, missing: `z${schema}` };
  const parsed = zod.safeParse(value);
  return parsed.success
    ? { where, issues: [], parsed: parsed.data }
    : { where, issues: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) };
});
console.log(JSON.stringify(results, (_key, value: unknown) => (typeof value === "bigint" ? Number(value) : value)));
