import type { SessionInfo } from '../contract/auth';

/** One field-level message from the server, in both languages. */
export interface FieldProblem {
  readonly field: string;
  readonly nl: string;
  readonly en: string;
}

export interface Messages {
  readonly nl: string;
  readonly en: string;
}

/**
 * A failed API call. `code` is the problem code of the server (`validation`, `conflict`, ...) or one of the
 * client's own: `network` (no answer) and `unreadable` (an answer that is not a problem document).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    /** The server's message; null for the client's own codes, which the UI words itself. */
    readonly messages: Messages | null,
    readonly errors: readonly FieldProblem[] = [],
    /** The whole problem document, for extra members such as `current` on a conflict. */
    readonly body: Readonly<Record<string, unknown>> = {},
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(messages?.en ?? code);
    this.name = 'ApiError';
  }
}

type Method = 'POST' | 'PATCH' | 'PUT' | 'DELETE';

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

/** Called when the server answers 401: the session has ended, the app goes to the sign-in page. */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMessages(value: unknown): value is Messages {
  return isRecord(value) && typeof value.nl === 'string' && typeof value.en === 'string';
}

function fieldProblems(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((e: unknown) =>
    isRecord(e) && typeof e.field === 'string' && typeof e.nl === 'string' && typeof e.en === 'string'
      ? [{ field: e.field, nl: e.nl, en: e.en }]
      : [],
  );
}

async function toApiError(res: Response): Promise<ApiError> {
  const retry = Number(res.headers.get('Retry-After'));
  const retryAfter = Number.isFinite(retry) && retry > 0 ? retry : null;
  let body: unknown = null;
  if ((res.headers.get('Content-Type') ?? '').includes('json')) {
    body = await res.json().catch(() => null);
  }
  if (isRecord(body) && typeof body.code === 'string' && isMessages(body.message)) {
    return new ApiError(res.status, body.code, body.message, fieldProblems(body.errors), body, retryAfter);
  }
  return new ApiError(res.status, 'unreadable', null, [], {}, retryAfter);
}

/** The UI's language (src/web/i18n/i18n.ts keeps it on <html lang>), so refusals come back in it. */
function uiLanguage(): string {
  return typeof document !== 'undefined' && document.documentElement.lang === 'en' ? 'en' : 'nl';
}

async function send(method: 'GET' | Method, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': uiLanguage() };
  if (method !== 'GET') headers['X-CSRF-Token'] = csrfToken ?? (await fetchSession()).csrfToken;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  try {
    return await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', null);
  }
}

async function handle<T>(res: Response, path: string): Promise<T> {
  if (res.ok) {
    if (res.status === 204) return undefined as T;
    return (await res.json()) as T;
  }
  const error = await toApiError(res);
  if (error.status === 401 && path !== '/api/auth/session') onUnauthenticated?.();
  throw error;
}

/** GET a JSON resource. */
export async function apiGet<T>(path: string): Promise<T> {
  return handle<T>(await send('GET', path), path);
}

/**
 * GET a file (e.g. a PDF) as a blob. A refusal is a problem document like any other answer, so the form
 * that asked can show it next to its fields.
 */
export async function apiGetBlob(path: string): Promise<Blob> {
  let res: Response;
  try {
    res = await fetch(path, { credentials: 'same-origin', headers: { 'Accept-Language': uiLanguage() } });
  } catch {
    throw new ApiError(0, 'network', null);
  }
  if (res.ok) return res.blob();
  const error = await toApiError(res);
  if (error.status === 401) onUnauthenticated?.();
  throw error;
}

/**
 * A change: sends the CSRF token of the session. When the token was refused (it changes when one signs in or
 * out in another tab), it is fetched again and the change is tried once more.
 */
export async function apiSend<T>(method: Method, path: string, body?: unknown): Promise<T> {
  let res = await send(method, path, body);
  if (res.status === 403) {
    const error = await toApiError(res.clone());
    if (error.code === 'csrf') {
      await fetchSession();
      res = await send(method, path, body);
    }
  }
  return handle<T>(res, path);
}

/** The current session; remembers its CSRF token for the changes that follow. */
export async function fetchSession(): Promise<SessionInfo> {
  const session = await apiGet<SessionInfo>('/api/auth/session');
  csrfToken = session.csrfToken;
  return session;
}

/** A query string from the filled-in values only. */
export function queryString(params: Readonly<Record<string, string | undefined>>): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') q.set(key, value);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}
