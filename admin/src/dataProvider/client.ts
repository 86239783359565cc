// The one way the panel talks to the API: POST /graphql with a typed document (plain string,
// generated from schema/schema.graphql), the bearer token and the panel's language.
import { HttpError } from 'react-admin';
import type { TypedDocumentString } from '../gql/graphql';

const TOKEN_KEY = 'asn-merit.token';
const LOCALE_KEY = 'RaStore.locale';

export const tokenStore = {
  get: () => localStorage.getItem(TOKEN_KEY),
  set: (token: string) => localStorage.setItem(TOKEN_KEY, token),
  clear: () => localStorage.removeItem(TOKEN_KEY),
};

export interface ApiProblem {
  field: string;
  reason: string;
  message: string;
  /** Values the message names (e.g. the allowed `min` and `max`). */
  params?: Record<string, unknown>;
}

export interface ApiErrorBody {
  code: string;
  reason?: string;
  problems: ApiProblem[];
  /** Field -> message, the shape react-admin's forms show next to each input. */
  errors: Record<string, string>;
}

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, BAD_USER_INPUT: 400, RATE_LIMITED: 429, PAYLOAD_TOO_LARGE: 413, COST_LIMIT: 400, SERVICE_UNAVAILABLE: 503 };

/** Turns a reason into the panel's wording, falling back to the server's message. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;
let translate: Translate = (_key, options) => String(options?._ ?? '');
export function setErrorTranslator(t: Translate): void {
  translate = t;
}

/** The panel's language (react-admin's stored locale). */
export function currentLocale(): string {
  try {
    return JSON.parse(localStorage.getItem(LOCALE_KEY) ?? '"id"');
  } catch {
    return 'id';
  }
}

type Body<R> = { data?: R; errors?: { message: string; extensions?: { code?: string; reason?: string; field?: string; params?: Record<string, unknown>; problems?: ApiProblem[] } }[] };

// Automatic persisted queries (Apollo's protocol): a document is sent by its SHA-256, and its text
// only when the server does not know it yet (it answers PERSISTED_QUERY_NOT_FOUND). Hashes are
// computed once per document; without Web Crypto (plain HTTP off localhost) the text always goes.
const hashes = new Map<string, Promise<string | null>>();
function sha256(text: string): Promise<string | null> {
  let hash = hashes.get(text);
  if (!hash) {
    const subtle = globalThis.crypto?.subtle;
    hash = subtle
      ? subtle.digest('SHA-256', new TextEncoder().encode(text)).then((buf) => Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join(''), () => null)
      : Promise.resolve(null);
    hashes.set(text, hash);
  }
  return hash;
}

async function post<R>(payload: Record<string, unknown>): Promise<{ res: Response; body: Body<R> }> {
  const token = tokenStore.get();
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': currentLocale(),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(payload),
    });
  } catch {
    throw new HttpError(translate('asn.errors.NETWORK', { _: 'Server unreachable' }), 0, { code: 'NETWORK', problems: [], errors: {} });
  }
  try {
    return { res, body: await res.json() };
  } catch {
    throw new HttpError(translate('asn.errors.SERVER', { _: `Server error (${res.status})` }), res.status, { code: 'SERVER', problems: [], errors: {} });
  }
}

export async function request<R, V>(document: TypedDocumentString<R, V>, variables?: V): Promise<R> {
  const query = document.toString();
  const hash = await sha256(query);
  const extensions = hash ? { persistedQuery: { version: 1, sha256Hash: hash } } : undefined;
  let { body } = await post<R>(extensions ? { extensions, variables } : { query, variables });
  if (extensions && body.errors?.[0]?.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') ({ body } = await post<R>({ query, extensions, variables }));
  if (body.errors?.length) throw apiError(body.errors);
  return body.data as R;
}

/**
 * The API's errors (GraphQL's, or a file endpoint's in the same shape) as the HttpError react-admin
 * shows: the panel's wording of each reason, field problems keyed by field for the forms.
 */
export function apiError(list: NonNullable<Body<unknown>['errors']>): HttpError {
  const first = list[0];
  const ext = first.extensions ?? {};
  const code = ext.code ?? 'INTERNAL_SERVER_ERROR';
  const problems = ext.problems ?? (ext.field ? [{ field: ext.field, reason: ext.reason ?? code, message: first.message, params: ext.params }] : []);
  const errors: Record<string, string> = {};
  for (const p of problems) {
    const plain = translate(`asn.errors.${p.reason}`, { _: p.message, ...p.params });
    // A range the server names (min and max) goes into the message when the panel has wording for it.
    const text = p.params?.min != null && p.params?.max != null ? translate(`asn.errors.${p.reason}_BETWEEN`, { _: plain, ...p.params }) : plain;
    errors[p.field] = errors[p.field] ? `${errors[p.field]}; ${text}` : text;
  }
  const message = translate(`asn.errors.${ext.reason ?? code}`, { _: first.message, ...ext.params });
  const payload: ApiErrorBody = { code, reason: ext.reason, problems, errors };
  return new HttpError(problems.length ? translate('ra.message.invalid_form', { _: message }) : message, STATUS[code] ?? 500, payload);
}
