// The explorer's only data access: the JSON API under /api/v1 and the SPARQL endpoint.
import { lang } from "./i18n.js";

/** An error answered by the service, with its `{"error": {code, message, details}}` body. */
export class ApiError extends Error {
  constructor(status, body) {
    super(body?.error?.message ?? `HTTP ${status}`);
    this.status = status;
    this.code = body?.error?.code ?? "http_error";
    this.details = body?.error?.details ?? null;
  }
}

async function parse(response) {
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = { error: { message: text.slice(0, 300) } };
  }
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

/** GET /api/v1{path} with query parameters — an object, or URLSearchParams for a repeated
 * parameter — and the interface language. */
export async function getJson(path, params = {}, signal = undefined) {
  const query = new URLSearchParams(params instanceof URLSearchParams ? params : Object.entries(params));
  query.set("lang", lang());
  const response = await fetch(`/api/v1${path}?${query}`, {
    headers: { Accept: "application/json" },
    signal,
  });
  return parse(response);
}

/** POST a body to /api/v1{path}; `token` goes in a bearer Authorization header. */
export async function postText(path, params, body, token) {
  const query = new URLSearchParams(params);
  const headers = { "Content-Type": "text/plain; charset=utf-8", Accept: "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(`/api/v1${path}?${query}`, { method: "POST", headers, body });
  return parse(response);
}

/** Run a SPARQL query on /sparql; returns the raw response (the caller picks the format). */
export async function sparql(query, accept) {
  const response = await fetch("/sparql", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: accept },
    body: new URLSearchParams({ query }),
  });
  if (!response.ok) await parse(response);
  return response;
}

/** The example queries served by the explorer router. */
export async function examples() {
  return parse(await fetch("/explorer/examples", { headers: { Accept: "application/json" } }));
}

/** Detail endpoints by entity type (types not listed have no detail page in the API). */
export const COLLECTIONS = {
  agency: "agencies",
  person: "people",
  bloc: "blocs",
  event: "events",
  "party-organ": "party-organs",
};
