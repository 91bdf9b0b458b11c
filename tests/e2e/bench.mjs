// The browser's figures for `cargo xtask bench` (not a test: no file name ends in .test.mjs).
// Prints one JSON line per figure on stdout. Expects EVNE_URL (a server with dist/ and demo
// data) and EVNE_FLOOR_DIST (the floor app's build). EVNE_BENCH_QUICK=1 runs fewer rounds.
//
// 1. Download size of the first screen (wasm + js + css + html), gzip and brotli, next to
//    the floor (a Yew + rexie + fluent hello world built the same way); and of the
//    registration app, which the first screen loads behind it (src/start.rs).
// 2. Start time, 4× CPU throttling: cold over a throttled network (1.6 Mbit/s, 150 ms RTT)
//    until the language screen is usable, and until the registration app has taken it over;
//    warm and offline, from the service worker.
// 3. Autosave latency: a field change until the draft is committed in IndexedDB, next to a
//    raw IndexedDB put of the same record in the same page.
// 4. Memory after a registration with 10 jobs and 10 education entries: wasm linear memory
//    plus the JS heap.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { BASE, launch, openPage, enrol } from './helpers.mjs';

const quick = process.env.EVNE_BENCH_QUICK === '1';
const root = new URL('../..', import.meta.url).pathname;
const KB = 1024;

const figure = (name, value, unit, { floor = null, budget = null, met = null } = {}) => {
  const ratio = floor ? value / floor : null;
  console.log(JSON.stringify({ figure: name, value, unit, floor, ratio, budget, met }));
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length, Math.max(1, Math.ceil((p / 100) * s.length))) - 1];
};
const median = (xs) => pct(xs, 50);

// 1. Sizes: what the first screen needs. Fonts, pictograms and locale files load later.
function sizes(dir, files) {
  let raw = 0, gz = 0, br = 0;
  for (const f of files) {
    const bytes = readFileSync(join(dir, f));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
    br += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { raw, gz, br };
}
const dist = join(root, 'dist');
// wasm-bindgen's JS snippets (the first screen's loader of the registration app).
const snippets = (dir) => readdirSync(join(dist, dir), { recursive: true })
  .filter((f) => f.endsWith('.js')).map((f) => join(dir, f));
const app = sizes(dist, ['index.html', 'evne-start.js', 'evne-start_bg.wasm', 'style.css', 'fonts.css', ...snippets('snippets')]);
const registration = sizes(dist, ['app/evne.js', 'app/evne_bg.wasm']);
const floorDir = process.env.EVNE_FLOOR_DIST;
const floorFiles = ['index.html', 'evne-floor.js', 'evne-floor_bg.wasm'];
const floor = floorDir && floorFiles.every((f) => statSync(join(floorDir, f), { throwIfNoEntry: false }))
  ? sizes(floorDir, floorFiles) : null;
figure('first screen download, raw', app.raw / KB, 'KB', { floor: floor && floor.raw / KB });
figure('first screen download, gzip', app.gz / KB, 'KB', { floor: floor && floor.gz / KB, budget: '≤ 250 KB', met: app.gz <= 250 * KB });
figure('first screen download, brotli', app.br / KB, 'KB', { floor: floor && floor.br / KB });
figure('registration app, loaded behind the first screen, gzip', registration.gz / KB, 'KB');
figure('registration app, loaded behind the first screen, brotli', registration.br / KB, 'KB');

const browser = await launch();
const throttle = async (page, network) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (0.75e6 / 8),
    });
  }
  return cdp;
};
// "Usable" is asked of the page itself: a tiny script over the DevTools protocol, run on the
// page's main thread as a tap's handler would be, every 10 ms until it finds the buttons. (A
// Playwright wait would first inject its own large script into the throttled page.)
const FIRST_SCREEN = `!!document.querySelector('[data-locale="ti"]:not([disabled])')`;
// The registration app has taken the language screen over: a tap starts the registration.
const TAKEN_OVER = `!!document.querySelector('main[data-app="evne"] [data-locale="ti"]:not([disabled])')`;
async function until(cdp, expression, t0) {
  while (Date.now() - t0 < 60_000) {
    const answer = await cdp.send('Runtime.evaluate', { expression, returnByValue: true }).catch(() => null);
    if (answer?.result?.value === true) return Date.now() - t0;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`not true within 60 s: ${expression}`);
}

// 2. Start times. Cold: a first visit with no service worker (its precaching would run
// outside the page's throttled network). Warm: offline, from the service worker.
const cold = [], coldApp = [], warm = [], warmApp = [];
for (let round = 0; round < (quick ? 3 : 7); round++) {
  {
    const { context, page } = await openPage(browser, { serviceWorkers: 'block' });
    const cdp = await throttle(page, true);
    const t0 = Date.now();
    await page.goto(BASE, { waitUntil: 'commit' });
    cold.push(await until(cdp, FIRST_SCREEN, t0));
    coldApp.push(await until(cdp, TAKEN_OVER, t0));
    await context.close();
  }
  const { context, page } = await openPage(browser);
  await page.goto(BASE);
  await page.waitForSelector('main[data-app="evne"] .language-page');
  // Let the service worker take the shell, then start again offline.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForSelector('main[data-app="evne"] .language-page');
  await context.setOffline(true);
  const cdp = await throttle(page, false);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  const t1 = Date.now();
  await page.reload({ waitUntil: 'commit' });
  warm.push(await until(cdp, FIRST_SCREEN, t1));
  warmApp.push(await until(cdp, TAKEN_OVER, t1));
  await context.close();
}
figure('cold start to a usable language screen (4× CPU, 1.6 Mbit/s, 150 ms), median', median(cold), 'ms', { budget: '≤ 2000 ms', met: median(cold) <= 2000 });
figure('cold start until the registration app has taken over, median', median(coldApp), 'ms');
figure('warm offline start (4× CPU, service worker), median', median(warm), 'ms', { budget: '≤ 600 ms', met: median(warm) <= 600 });
figure('warm offline start until the registration app has taken over, median', median(warmApp), 'ms');

// 3. Autosave latency, and 4. memory, on one enrolled tablet.
{
  const { context, page } = await openPage(browser);
  // Both apps' linear memories: the first screen's (started by trunk's loader) and the
  // registration app's (started by the first screen).
  await page.addInitScript(() => {
    window.evneWasm = [];
    for (const started of ['TrunkApplicationStarted', 'evne-app-started']) {
      addEventListener(started, (e) => { window.evneWasm.push(e.detail?.wasm); });
    }
  });
  await page.goto(BASE);
  await page.waitForSelector('.language-page');
  await enrol(page);
  await page.click('[data-locale="ti"]');
  await page.click('[data-action="consent-yes"]');
  await page.waitForSelector('#given-name');
  await throttle(page, false);
  const rounds = quick ? 100 : 500;
  const result = await page.evaluate(async (rounds) => {
    const input = document.querySelector('#given-name');
    const saved = () => performance.getEntriesByName('evne-autosaved').length;
    const nextSave = (before) => new Promise((resolve) => {
      const check = () => (saved() > before ? resolve(performance.getEntriesByName('evne-autosaved').at(-1).startTime) : setTimeout(check, 0));
      check();
    });
    const app = [];
    for (let i = 0; i < rounds; i++) {
      const before = saved();
      const t0 = performance.now();
      input.value = `Name ${i}`;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const at = await nextSave(before);
      app.push(at - t0);
    }
    // The floor: the very record the app stored, put raw into another database.
    const open = (name, store) => new Promise((resolve, reject) => {
      const r = indexedDB.open(name, 1);
      r.onupgradeneeded = () => r.result.createObjectStore(store);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const evne = await new Promise((resolve, reject) => {
      const r = indexedDB.open('evne');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const record = await new Promise((resolve, reject) => {
      const r = evne.transaction('drafts').objectStore('drafts').get('current');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const db = await open('bench-floor', 'kv');
    const raw = [];
    for (let i = 0; i < rounds; i++) {
      const t0 = performance.now();
      await new Promise((resolve, reject) => {
        const tx = db.transaction('kv', 'readwrite');
        tx.objectStore('kv').put(record, 'current');
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      raw.push(performance.now() - t0);
    }
    return { app, raw, found: record !== undefined };
  }, rounds);
  if (!result.found) throw new Error('no stored draft found under drafts/current');
  const p95 = pct(result.app, 95), floor95 = pct(result.raw, 95);
  figure(`autosave p95 over ${rounds} changes (4× CPU) [p50 ${median(result.app).toFixed(1)} ms]`, p95, 'ms',
    { floor: floor95, budget: 'p95 ≤ 2× floor', met: p95 <= 2 * floor95 });

  // 4. Memory after 10 jobs and 10 education entries.
  for (const [step, action, field] of [['work', 'add-work', 'title'], ['education', 'add-education', 'institution']]) {
    await page.click(`[data-goto="${step}"]`);
    await page.waitForSelector(`[data-step="${step}"]`);
    for (let i = 0; i < 10; i++) {
      await page.click(`[data-action="${action}"]`);
      await page.fill(`#${step}-${i}-${field}`, `${step} ${i} ${'x'.repeat(40)}`);
    }
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const memories = await page.evaluate(() => window.evneWasm.map((w) => w?.memory?.buffer?.byteLength ?? null));
  if (memories.length !== 2 || memories.includes(null)) throw new Error(`the two wasm memories were not found: ${memories}`);
  const wasmMemory = memories[0] + memories[1];
  const mb = (heap.usedSize + wasmMemory) / (1024 * 1024);
  figure(`memory after 10 jobs and 10 educations [wasm ${(wasmMemory / 1048576).toFixed(1)} MB + JS ${(heap.usedSize / 1048576).toFixed(1)} MB]`, mb, 'MB',
    { budget: '≤ 40 MB', met: mb <= 40 });
  await context.close();
}
await browser.close();
