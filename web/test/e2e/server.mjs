// The server the browser tests and the browser benchmark talk to: PARLEY_URL
// if set (a running Parley); else PARLEY_MOCK=1 runs test/mock-server.mjs;
// else the real binary (PARLEY_BIN, default ../build/parley) is started on a
// free loopback port with a fresh database holding the 873 press releases of
// ../shared/corpus/press-releases-dev.jsonl (when ../shared is there) and the
// sample article, and stopped by `stop()`. No binary: prints a skip message
// and exits 0.
import { fileURLToPath } from 'node:url';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Not import.meta.dirname: Debian 12's Node 18 lacks it.
export const web = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
export const corpusPath = resolve(web, '..', '..', 'shared', 'corpus', 'press-releases-dev.jsonl');

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.unref();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
  });
}

async function waitHealthy(url, proc, log, ms = 60000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (proc && proc.exitCode !== null) throw new Error(`server exited with ${proc.exitCode}:\n${log()}`);
    try {
      const r = await fetch(url + '/api/v1/health');
      // 401: up, but reading needs a token (read_requires_token).
      if (r.status === 200 || r.status === 401) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`server not healthy after ${ms} ms:\n${log()}`);
}

export async function startServer({ env = {}, corpus = true } = {}) {
  if (process.env.PARLEY_URL) return { url: process.env.PARLEY_URL.replace(/\/$/, ''), kind: 'PARLEY_URL', corpus: !!process.env.PARLEY_CORPUS, stop() {} };
  if (process.env.PARLEY_MOCK) {
    const { startMock } = await import('../mock-server.mjs');
    const m = await startMock();
    return { url: m.url, kind: 'mock', corpus: false, stop: m.close };
  }
  const bin = resolve(process.env.PARLEY_BIN || join(web, '..', 'build', 'parley'));
  if (!existsSync(bin)) {
    console.log(`skip: no Parley binary at ${bin} (build it, or set PARLEY_BIN, PARLEY_URL or PARLEY_MOCK=1)`);
    process.exit(0);
  }
  let help = '';
  try { help = execFileSync(bin, ['serve', '--help'], { encoding: 'utf8' }); } catch (err) { help = String(err.stdout || ''); }
  const dir = mkdtempSync(join(tmpdir(), 'parley-e2e-'));
  const port = await freePort();
  const withCorpus = corpus && existsSync(corpusPath);
  if (withCorpus) {
    const t0 = Date.now();
    execFileSync(bin, ['ingest', '--db', join(dir, 'db'), '-q', corpusPath, join(web, '..', 'config', 'sample', 'article.txt')], { stdio: ['ignore', 'ignore', 'inherit'] });
    console.log(`# ingested the press releases and the sample article in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } else if (corpus) {
    console.log(`# ${corpusPath} is missing: the tests that need the corpus are skipped`);
  }
  const args = ['serve', '--db', join(dir, 'db'), '--host', '127.0.0.1', '--port', String(port), '--web-root', join(web, 'dist')];
  if (!help || help.includes('--seed')) args.push('--seed');
  const proc = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let log = '';
  proc.stdout.on('data', (c) => { log += c; });
  proc.stderr.on('data', (c) => { log += c; });
  const url = `http://127.0.0.1:${port}`;
  await waitHealthy(url, proc, () => log);
  return {
    url, kind: `binary ${bin}`, corpus: withCorpus,
    async stop() {
      if (proc.exitCode === null) {
        proc.kill('SIGTERM');
        await Promise.race([new Promise((r) => proc.once('exit', r)), new Promise((r) => setTimeout(r, 5000))]);
        if (proc.exitCode === null) proc.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

