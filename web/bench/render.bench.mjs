// Browser benchmark: render times of the web UI in Chromium, printed, never
// asserted (the browser tests check behaviour; performance is measured here).
//   1. 2,000 elements (700 entities, 500 events, 800 edges) merged, drawn and
//      laid out on the evidence canvas;
//   2. with the press releases (../shared), the largest view: the actor
//      network of the top 200 actors over all time (issue 16: under 2 s).
// Server: as for the browser tests (test/e2e/server.mjs). Run: npm run bench.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../test/e2e/server.mjs';
import { twoThousandElements } from '../test/e2e/elements.mjs';

const ready = (page) => page.waitForFunction(() => document.body.dataset.ready === '1', null, { timeout: 120000 });
const shown = (page, view) => page.waitForFunction((v) => document.body.dataset.shown === v && document.getElementById('busy').hidden, view, { timeout: 120000 });

const server = await startServer();
const profile = mkdtempSync(join(tmpdir(), 'parley-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'], viewport: { width: 1280, height: 800 },
});
try {
  const page = context.pages()[0] || await context.newPage();
  await page.goto(server.url + '/?view=evidence');
  await ready(page);
  const r = await page.evaluate((els) => window.parley.loadElements(els), twoThousandElements());
  console.log(`2,000 elements on the evidence canvas: merged, drawn and laid out in ${r.ms.toFixed(0)} ms (layout ${r.layout.toFixed(0)} ms, filters ${r.filter.toFixed(1)} ms)`);
  const target = await page.evaluate(() => window.parley.cy.nodes('[kind = "entity"]')[0].id());
  let t0 = Date.now();
  await page.evaluate((id) => window.parley.select(id), target);
  await page.waitForFunction((id) => window.parley.cy.$id(id).selected(), target);
  console.log(`select a node among 2,000 elements: ${Date.now() - t0} ms`);
  t0 = Date.now();
  await page.fill('#tb-to', '2025-06-30');
  await page.locator('#tb-to').dispatchEvent('change');
  await page.waitForFunction(() => window.parley.state().to === '2025-06-30');
  console.log(`set the time window over 2,000 elements: ${Date.now() - t0} ms (filter pass ${(await page.evaluate(() => window.parley.timings.filter)).toFixed(1)} ms)`);
  if (server.corpus) {
    t0 = Date.now();
    await page.goto(server.url + '/?view=network&top=200');
    await ready(page);
    await shown(page, 'network');
    const wall = Date.now() - t0;
    const t = await page.evaluate(() => window.parley.viewTimings.network);
    console.log(`the largest view, the network of the top 200 actors over all time (${t.nodes} nodes, ${t.edges} edges): `
      + `rendered in ${t.total.toFixed(0)} ms (server ${t.fetch.toFixed(0)} ms, layout and draw ${t.draw.toFixed(0)} ms); page load to drawn ${wall} ms`);
  } else {
    console.log('no ../shared/corpus: the network of the top 200 actors is not measured');
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  await server.stop();
}
