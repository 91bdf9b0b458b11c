// The first screen is a small app of its own (src/start.rs): it shows the languages while the
// registration app loads behind it, and hands a choice made meanwhile over to it. The
// registration app's files are held back by the test (no service worker, so every request
// passes the test's route), so that "before" and "after" are certain, not a race.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, message, openPage, screenshot } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/// Holds back every request whose path starts with /app/ until `release()` is called.
async function holdApp(page) {
  let release;
  const released = new Promise((r) => { release = r; });
  await page.route((url) => url.pathname.startsWith('/app/'), async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('the languages show before the registration app has loaded; a choice made then is carried out', async () => {
  const { context, page, problems } = await openPage(browser, { serviceWorkers: 'block' });
  const release = await holdApp(page);
  await page.goto(`${BASE}/`);
  await page.waitForSelector('main[data-app="start"] [data-locale="ti"]:not([disabled])');
  assert.equal(await page.locator('main[data-app="evne"]').count(), 0, 'the app is held back');
  // The heading can be read in every language, each in its own script and direction.
  assert.equal(await page.textContent('.language-titles [lang="ti"]'), message('ti', 'language-title'));
  assert.equal(await page.getAttribute('.language-titles [lang="ar"]', 'dir'), 'rtl');
  // Sixteen locales, less the heading's own, less Dari's (which says it as Persian does).
  assert.equal(await page.locator('.language-titles span').count(), 14);
  await screenshot(page, 'start-headings', false);

  await page.click('[data-locale="ti"]');
  assert.equal(await page.getAttribute('[data-locale="ti"]', 'aria-busy'), 'true');
  await screenshot(page, 'start-waiting');
  assert.equal(await page.locator('[data-action="consent-yes"]').count(), 0);

  release();
  await page.waitForSelector('main[data-app="evne"] [data-action="consent-yes"]');
  assert.equal(await page.getAttribute('html', 'lang'), 'ti');
  assert.equal(await page.locator('#evne-start').count(), 0, 'the first screen is gone');
  assert.equal(await page.getAttribute('html', 'data-evne-start'), null, 'the choice was used up');
  assert.deepEqual(problems, []);
  await context.close();
});

test('with no choice made, the app takes over the language screen as it is', async () => {
  const { context, page, problems } = await openPage(browser, { serviceWorkers: 'block' });
  await page.goto(`${BASE}/`);
  await page.waitForSelector('main[data-app="evne"] .language-page');
  assert.equal(await page.locator('main[data-app="start"]').count(), 0);
  assert.equal(await page.locator('.language-page').count(), 1, 'one language screen, not two');
  // The staff's way in is handed over the same way.
  await page.click('[data-action="tablet"]');
  await page.waitForSelector('.tablet-page');
  assert.deepEqual(problems, []);
  await context.close();
});

test('if the registration app cannot be loaded, the first screen says so and tries again', async () => {
  const { context, page, problems } = await openPage(browser, { serviceWorkers: 'block' });
  let failures = 0;
  await page.route((url) => url.pathname === '/app/evne.js', async (route) => {
    if (failures < 1) {
      failures += 1;
      await route.abort('internetdisconnected');
    } else {
      await route.continue();
    }
  });
  await page.goto(`${BASE}/`);
  await page.waitForSelector('[data-status="app-load-failed"]');
  assert.equal(await page.textContent('[data-status="app-load-failed"]'),
    'The registration could not be loaded yet. It tries again by itself. If this does not go away, please ask the staff for help.');
  await page.click('[data-locale="ar"]');
  // The next try (a second later) gets through; the Arabic registration opens.
  await page.waitForSelector('main[data-app="evne"] [data-action="consent-yes"]');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await page.locator('[data-status="app-load-failed"]').count(), 0);
  assert.equal(failures, 1);
  // The failed module load shows as a console error, not as a page error or a CSP violation.
  assert.deepEqual(problems, []);
  await context.close();
});

test('the first screen asks for each of its files once', async () => {
  const { context, page, problems } = await openPage(browser, { serviceWorkers: 'block' });
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${BASE}/`);
  await page.waitForSelector('main[data-app="evne"] .language-page');
  const twice = requested.filter((p, i) => requested.indexOf(p) !== i);
  assert.deepEqual(twice, [], `asked for more than once: ${twice}`);
  assert.ok(requested.includes('/evne-start_bg.wasm'), requested.join(' '));
  assert.deepEqual(problems, []);
  await context.close();
});

// What an old browser lacks, taken away before any script of the page runs.
const WITHOUT = {
  WebAssembly: () => { delete globalThis.WebAssembly; },
  IndexedDB: () => { Object.defineProperty(window, 'indexedDB', { value: undefined }); },
  'service workers': () => { delete Navigator.prototype.serviceWorker; },
};

for (const [what, remove] of Object.entries(WITHOUT)) {
  test(`a browser without ${what} is told so in every language, and nothing starts`, async () => {
    const { context, page, problems } = await openPage(browser, { serviceWorkers: 'block' });
    await page.addInitScript(remove);
    const wasm = [];
    page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
    await page.goto(`${BASE}/`);
    await page.waitForSelector('[data-status="old-browser"]');
    const shown = await page.$$eval('.old-browser p', (ps) => ps.map((e) => [e.lang, e.dir, e.textContent]));
    assert.equal(shown.length, 16);
    assert.deepEqual(shown[0], ['ar', 'rtl', message('ar', 'old-browser')]);
    assert.deepEqual(shown.find(([lang]) => lang === 'am'), ['am', 'ltr', message('am', 'old-browser')]);
    assert.deepEqual(wasm, [], 'no app was started');
    if (what === 'WebAssembly') await screenshot(page, 'old-browser');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('without the Storage API the tablet screen says it cannot tell, then only that the data has lasted', async () => {
  const { context, page, problems } = await openPage(browser, { serviceWorkers: 'block' });
  await page.addInitScript(() => { delete Navigator.prototype.storage; });
  await page.goto(`${BASE}/`);
  await page.waitForSelector('main[data-app="evne"] .language-page');
  await page.click('[data-action="tablet"]');
  await page.waitForSelector('[data-status="storage-unknown"]');
  assert.equal(await page.textContent('[data-status="storage-first"]'), message('en', 'tablet-storage-first'));
  await page.reload();
  await page.waitForSelector('main[data-app="evne"] .language-page');
  await page.click('[data-action="tablet"]');
  const lasted = await page.textContent('[data-status="storage-lasted"]');
  assert.ok(lasted.includes(new Date().toISOString().slice(0, 10)), lasted);
  assert.equal(await page.locator('[data-status="persisted"], [data-status="not-persisted"]').count(), 0,
    'nothing is claimed that the browser did not say');
  await screenshot(page, 'tablet-storage-unknown');
  assert.deepEqual(problems, []);
  await context.close();
});
