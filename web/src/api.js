// Same-origin calls to Parley's REST API; problem+json bodies become Errors
// with the server's detail.
export async function api(path) {
  const resp = await fetch('/api/v1' + path, { headers: { Accept: 'application/json' } });
  if (!resp.ok) {
    let detail = resp.statusText;
    try { detail = (await resp.json()).detail || detail; } catch { /* not JSON */ }
    throw new Error(`${resp.status}: ${detail}`);
  }
  return resp.json();
}
