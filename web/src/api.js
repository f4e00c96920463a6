// Same-origin calls to Parley's REST API. `path` is relative to /api/v1
// ("/entities/7") or a `next` link the API returned ("/api/v1/...").
// problem+json bodies become Errors carrying the server's detail and status.
// A token (when the server requires one for reads) is sent as a bearer
// token; on 401 `onUnauthorized` is asked for one and the call is retried.
export class ApiError extends Error {
  constructor(status, detail, param) {
    super(`${detail}${param ? ` (parameter ${param})` : ''} [${status}]`);
    this.status = status;
    this.param = param;
  }
}

const TOKEN_KEY = 'parley.token';
let askToken = null; // async () => token | null
let pendingAsk = null;

export function setTokenPrompt(fn) { askToken = fn; }
export function token() { try { return localStorage.getItem(TOKEN_KEY) || ''; } catch { return ''; } }
export function setToken(t) { try { t ? localStorage.setItem(TOKEN_KEY, t) : localStorage.removeItem(TOKEN_KEY); } catch { /* private mode */ } }

export function apiUrl(path) {
  return path.startsWith('/api/v1/') ? path : '/api/v1' + path;
}

async function once(path, signal) {
  const headers = { Accept: 'application/json' };
  if (token()) headers.Authorization = `Bearer ${token()}`;
  try {
    return await fetch(apiUrl(path), { headers, signal });
  } catch (err) {
    if (err.name === 'AbortError') throw err;
    throw new ApiError(0, 'the server cannot be reached');
  }
}

export async function api(path, { signal } = {}) {
  let resp = await once(path, signal);
  // One prompt at a time, however many calls failed together.
  for (let tries = 0; resp.status === 401 && askToken && tries < 3; tries++) {
    pendingAsk ||= askToken(token() ? 'That token was not accepted.' : '').finally(() => { pendingAsk = null; });
    const t = await pendingAsk;
    if (!t) break;
    setToken(t);
    resp = await once(path, signal);
  }
  if (!resp.ok) {
    let detail = resp.statusText || 'request failed', param;
    try { const p = await resp.json(); detail = p.detail || p.title || detail; param = p.param; } catch { /* not JSON */ }
    throw new ApiError(resp.status, detail, param);
  }
  return resp.json();
}
