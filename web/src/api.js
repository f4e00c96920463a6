// Same-origin calls to Parley's REST API. `path` is relative to /api/v1
// ("/entities/7") or a `next` link the API returned ("/api/v1/...").
// problem+json bodies become Errors carrying the server's detail and status.
export class ApiError extends Error {
  constructor(status, detail, param) {
    super(`${detail}${param ? ` (parameter ${param})` : ''} [${status}]`);
    this.status = status;
    this.param = param;
  }
}

export function apiUrl(path) {
  return path.startsWith('/api/v1/') ? path : '/api/v1' + path;
}

export async function api(path, { signal } = {}) {
  let resp;
  try {
    resp = await fetch(apiUrl(path), { headers: { Accept: 'application/json' }, signal });
  } catch (err) {
    if (err.name === 'AbortError') throw err;
    throw new ApiError(0, 'the server cannot be reached');
  }
  if (!resp.ok) {
    let detail = resp.statusText || 'request failed', param;
    try { const p = await resp.json(); detail = p.detail || p.title || detail; param = p.param; } catch { /* not JSON */ }
    throw new ApiError(resp.status, detail, param);
  }
  return resp.json();
}
