// The custom fetch orval's fetch client calls for every operation (its `mutator`), as orval's docs
// show: it puts the base URL in front of the path orval built, adds the API key, and returns the
// status, body and headers in the shape of orval's response types. It also keeps each URL it
// requested, for the test to see what went on the wire.
export const requested: string[] = [];
let baseUrl = "";
let authorization = "";

export function configure(url: string, apiKey: string): void {
  baseUrl = url;
  authorization = `Basic ${Buffer.from(`${apiKey}:`).toString("base64")}`;
}

export async function customFetch<T>(path: string, options: RequestInit): Promise<T> {
  const headers = new Headers(options.headers);
  headers.set("Authorization", authorization);
  const response = await fetch(`${baseUrl}${path}`, { ...options, headers });
  requested.push(response.url);
  const text = [204, 205, 304].includes(response.status) ? "" : await response.text();
  const data: unknown = text ? JSON.parse(text) : {};
  return { data, status: response.status, headers: response.headers } as T;
}
