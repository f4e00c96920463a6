// Browser tests: Debian's Chromium (headless) driven by playwright-core
// against the real Parley server with the sample article ingested. Starts
// the server itself unless PARLEY_URL is set; PARLEY_BIN names the binary
// (default ../build/parley). Screenshots go to web/test-results/.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import assert from 'node:assert/strict';

const web = resolve(import.meta.dirname, '..', '..');
const results = join(web, 'test-results');
mkdirSync(results, { recursive: true });
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

async function startServer() {
  if (process.env.PARLEY_URL) return { url: process.env.PARLEY_URL, stop() {} };
  const bin = process.env.PARLEY_BIN || join(web, '..', 'build', 'parley');
  if (!existsSync(bin)) {
    console.log(`skip: no server binary at ${bin}`);
    process.exit(0);
  }
  const dir = mkdtempSync(join(tmpdir(), 'parley-e2e-'));
  const proc = spawn(bin, ['serve', '--db', join(dir, 'db'), '--host', '127.0.0.1', '--port', '0',
                           '--web-root', join(web, 'dist'), '--seed', '--log-level', 'info'],
                     { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const url = await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error('server did not start:\n' + log)), 60000);
    const onData = (chunk) => {
      log += chunk;
      const m = log.match(/serving (http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) { clearTimeout(timer); ok(m[1]); }
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', onData);
    proc.on('exit', (code) => fail(new Error(`server exited ${code}:\n${log}`)));
  });
  return { url, stop() { proc.kill('SIGTERM'); rmSync(dir, { recursive: true, force: true }); } };
}

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

// Event node ids currently displayed whose data matches `pred`.
const visibleEvents = (page, pred) => page.evaluate((src) => {
  const f = new Function('d', 'return ' + src);
  return window.parley.cy.nodes('[kind = "event"]').filter((n) => !n.hasClass('hidden') && f(n.data())).map((n) => n.id());
}, pred);

test('search Lavrov, open details, expand, find the Berlin session and its evidence', async (page, base) => {
  await page.goto(base + '/');
  await page.keyboard.press('/');
  await page.keyboard.type('Lavrov');
  await page.locator('#suggestions li', { hasText: 'Sergey Lavrov' }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('#details h2', { hasText: 'Sergey Lavrov' }).waitFor();
  assert.match(await page.locator('#details').innerText(), /foreign minister/);
  await page.screenshot({ path: join(results, '1-lavrov.png') });

  // Zelenskyy and Witkoff are one hop further: expand Witkoff from search too.
  await page.fill('#search', 'Witkoff');
  await page.locator('#suggestions li', { hasText: 'Steve Witkoff' }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('#details h2', { hasText: 'Steve Witkoff' }).waitFor();
  await page.click('#expand');
  await page.waitForFunction(() => window.parley.cy.nodes('[name = "Volodymyr Zelenskyy"]').length > 0);
  const berlin = await page.evaluate(() => {
    const cy = window.parley.cy;
    const ev = cy.nodes('[kind = "event"]').filter((n) => {
      const names = n.neighborhood('node').map((m) => m.data('name'));
      return names.includes('Volodymyr Zelenskyy') && names.includes('Steve Witkoff');
    });
    return ev.length ? ev[0].id() : '';
  });
  assert.ok(berlin, 'an event joins Zelenskyy and Witkoff');
  await page.evaluate((id) => window.parley.cy.$id(id).emit('tap'), berlin);
  await page.locator('#details .evidence').first().waitFor();
  const details = await page.locator('#details').innerText();
  assert.match(details, /Berlin/);
  assert.match(details, /flew to Berlin/);
  await page.screenshot({ path: join(results, '2-berlin-session.png') });

  // Open the document: spans highlighted.
  await page.locator('#details [data-doc]').first().click();
  await page.locator('#doc-dialog[open] mark.entity').first().waitFor();
  assert.ok(await page.locator('#doc-dialog mark').count() > 5);
  await page.screenshot({ path: join(results, '3-document.png') });
  await page.keyboard.press('Escape');
});

test('time slider ending before September hides Berlin, keeps Anchorage; reload keeps the view', async (page, base) => {
  await page.goto(base + '/');
  await page.fill('#search', 'Putin');
  await page.locator('#suggestions li', { hasText: 'Vladimir Putin' }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('#details h2', { hasText: 'Vladimir Putin' }).waitFor();
  await page.fill('#search', 'Witkoff');
  await page.locator('#suggestions li', { hasText: 'Steve Witkoff' }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('#details h2', { hasText: 'Steve Witkoff' }).waitFor();
  const berlinBefore = await visibleEvents(page, "d.date === '2025-12-14'");
  assert.ok(berlinBefore.length > 0, 'the Berlin session is shown before filtering');

  // Move the "to" handle down to the last date before September 2025.
  const dates = (await page.getAttribute('#cy', 'data-dates')).split(',');
  const idx = dates.filter((d) => d < '2025-09-01').length - 1;
  assert.ok(idx >= 0);
  await page.focus('#time-to');
  for (let i = dates.length - 1; i > idx; i--) await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => window.parley.state().to !== '');
  assert.deepEqual(await visibleEvents(page, "d.date === '2025-12-14'"), []);
  const anchorage = await visibleEvents(page, "d.date === '2025-08-15'");
  assert.ok(anchorage.length > 0, 'the Anchorage summit stays');
  await page.screenshot({ path: join(results, '4-before-september.png') });

  const url = page.url();
  assert.match(url, /to=2025-08/);
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready === '1');
  assert.deepEqual(await visibleEvents(page, "d.date === '2025-12-14'"), []);
  assert.ok((await visibleEvents(page, "d.date === '2025-08-15'")).length > 0);
  await page.screenshot({ path: join(results, '5-reloaded.png') });
});

test('empty and error states, and 2,000 elements stay interactive', async (page, base) => {
  await page.goto(base + '/?seeds=999999');
  await page.waitForFunction(() => document.body.dataset.ready === '1');
  assert.match(await page.locator('#status').innerText(), /Could not load|404/);
  const ms = await page.evaluate(() => {
    const nodes = [], edges = [];
    for (let i = 0; i < 1000; i++) {
      nodes.push({ data: { id: 'x' + i, kind: 'entity', type: 'person', label: 'P' + i } });
      nodes.push({ data: { id: 'y' + i, kind: 'event', type: 'meeting', label: 'M' + i, date: '2024-01-01' } });
      edges.push({ data: { id: 'z' + i, source: 'x' + i, target: 'y' + i } });
    }
    const t0 = performance.now();
    window.parley.cy.add([...nodes, ...edges]);
    window.parley.cy.layout({ name: 'concentric', animate: false }).run();
    window.parley.cy.$id('x5').select();
    return performance.now() - t0;
  });
  console.log(`  2,000 elements added, laid out and selected in ${ms.toFixed(0)} ms`);
  assert.ok(ms < 5000);
  await page.screenshot({ path: join(results, '6-two-thousand.png') });
});

const server = await startServer();
// playwright-core gives every launch a fresh, empty user-data dir of its own.
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
         '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
});
let failed = 0;
for (const t of tests) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await t.fn(page, server.url);
    assert.deepEqual(errors, [], 'no uncaught page errors');
    console.log(`ok - ${t.name}`);
  } catch (err) {
    failed++;
    console.log(`not ok - ${t.name}\n  ${err.stack || err}`);
    await page.screenshot({ path: join(results, `failed-${tests.indexOf(t)}.png`) }).catch(() => {});
  }
  await context.close();
}
await browser.close();
server.stop();
console.log(`${tests.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
