// GraphiQL's requests: POST /graphql on this server. The credentials are the panel's login (when
// the user is signed in to the panel in this browser) or whatever the headers tab sends (an API key
// as `X-API-Key`, or another `Authorization`), never both.
import type { Fetcher } from '@graphiql/toolkit';

const TOKEN_KEY = 'asn-merit.token';

export const fetcher: Fetcher = async (params, opts) => {
  const sent = Object.fromEntries(Object.entries(opts?.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
  const token = localStorage.getItem(TOKEN_KEY);
  const login: Record<string, string> = token && !sent.authorization && !sent['x-api-key'] ? { authorization: `Bearer ${token}` } : {};
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...login, ...sent },
    body: JSON.stringify(params),
  });
  return res.json();
};
