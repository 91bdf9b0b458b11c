// What staff see and can do when sending fails, and many random profiles sealed by the wasm
// build and opened by the server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, openPage, screenshot, message, login, register, enrol } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// Requests must be visible to page.route, so no service worker here (the offline start is
// tested in registration.test.mjs).
const NO_SW = { serviceWorkers: 'block' };

test('staff see a failed send with its reason, and "send now" sends it', async () => {
  const { context, page, problems } = await openPage(browser, NO_SW);
  let attempts = 0;
  await page.route('**/api/v1/submissions', (route) => {
    attempts += 1;
    return route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":"unavailable"}' });
  });
  await page.goto(`${BASE}/`);
  await page.waitForSelector('[data-locale="en"]');
  await enrol(page);
  await register(page, { locale: 'en', name: 'Queue Test', year: 1980, languages: ['so'] });
  await page.waitForSelector('[data-status="queued"]');
  for (let i = 0; i < 50 && attempts < 1; i++) await page.waitForTimeout(100);
  assert.equal(attempts, 1);

  await page.click('[data-action="new-registration"]');
  await page.click('[data-action="tablet"]');
  const entry = page.locator('.queue-entry');
  await entry.waitFor();
  assert.match(await entry.textContent(), /one attempt/);
  assert.match(await entry.textContent(), /503 unavailable/);
  await screenshot(page, 'tablet-en-queue');

  // The tablet told the server how its queue stands: staff elsewhere can see it is stuck.
  const staff = await login('demo-reception-staff');
  const devices = async () => (await (await fetch(`${BASE}/api/v1/devices`, { headers: { cookie: staff } })).json());
  let mine;
  for (let i = 0; i < 50 && !mine; i++) {
    mine = (await devices()).find((d) => d.queued === 1 && d.last_error === '503 unavailable');
    if (!mine) await page.waitForTimeout(100);
  }
  assert.ok(mine, 'the stuck queue is reported');

  await page.unroute('**/api/v1/submissions');
  await page.click('[data-action="send-now"]');
  await page.waitForSelector('[data-status="queue-empty"]');
  assert.equal(await page.textContent('[data-status="queue-empty"]'), message('en', 'tablet-queue-empty'));
  const after = (await devices()).find((d) => d.id === mine.id);
  assert.equal(after.queued, 0);
  assert.equal(after.submissions, 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a refused submission is kept, shown to staff, and not retried', async () => {
  const { context, page, problems } = await openPage(browser, NO_SW);
  let attempts = 0;
  await page.route('**/api/v1/submissions', (route) => {
    attempts += 1;
    return route.fulfill({ status: 409, contentType: 'application/json', body: '{"error":"conflict"}' });
  });
  await page.goto(`${BASE}/`);
  await page.waitForSelector('[data-locale="ar"]');
  await enrol(page);
  await register(page, { locale: 'ar', name: 'رفض تجربة', year: 1975, languages: ['ar'] });
  await page.waitForSelector('[data-status="rejected"]');

  await page.click('[data-action="new-registration"]');
  await page.click('[data-action="tablet"]');
  const entry = page.locator('.queue-entry[data-rejected="true"]');
  await entry.waitFor();
  assert.ok((await entry.textContent()).includes(message('ar', 'tablet-entry-refused')));
  await page.click('[data-action="send-now"]');
  await page.waitForTimeout(500);
  assert.equal(attempts, 1, 'never sent again');
  assert.equal(await entry.count(), 1, 'still kept on the tablet');
  await screenshot(page, 'tablet-ar-refused');

  // Staff may put it back in the queue (say, after a fix on the server): then it is sent.
  await page.unroute('**/api/v1/submissions');
  await page.click('[data-action="retry-refused"]');
  await page.waitForSelector('[data-status="queue-empty"]');
  assert.deepEqual(problems, []);
  await context.close();
});

// Random people in several scripts: what the wasm build seals, the server must open exactly.
const NAMES = {
  ar: ['سارا', 'محمد', 'ليلى', 'يوسف', 'نور'],
  ti: ['ሰላም', 'ተስፋይ', 'ሄለን', 'ዳዊት', 'ሩታ'],
  en: ['Amina', 'Hodan', 'Olena', 'Farid', 'Zainab'],
  nb: ['Kari', 'Ola', 'Åse', 'Øyvind', 'Ærling'],
};
const LANGS = ['ar', 'ti', 'am', 'uk', 'ru', 'fa', 'prs', 'ps', 'ckb', 'kmr', 'so', 'tr', 'fr', 'sw', 'en', 'nb'];

function random(seed) {
  let x = seed;
  return () => { x = (x * 1103515245 + 12345) % 2147483648; return x / 2147483648; };
}

test('many random profiles sealed in the browser open on the server exactly', async () => {
  const { context, page, problems } = await openPage(browser, NO_SW);
  const rnd = random(2026);
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const run = Date.now().toString(36);
  const people = [];
  await page.goto(`${BASE}/`);
  await page.waitForSelector('[data-locale="en"]');
  await enrol(page);
  for (let i = 0; i < 25; i++) {
    const locale = pick(Object.keys(NAMES));
    const languages = [...new Set([pick(LANGS), pick(LANGS), pick(LANGS)])];
    const person = {
      locale,
      name: `${pick(NAMES[locale])} ${pick(NAMES[locale])} ${run}-${i}`,
      year: 1940 + Math.floor(rnd() * 70),
      languages,
    };
    await register(page, person);
    await page.waitForSelector('[data-status="sent"]');
    await page.click('[data-action="new-registration"]');
    people.push(person);
  }
  const cookie = await login('demo-settlement-officer');
  const all = await (await fetch(`${BASE}/api/v1/registrations`, { headers: { cookie } })).json();
  for (const p of people) {
    const found = all.filter((r) => r.profile.person.given_name.text === p.name);
    assert.equal(found.length, 1, p.name);
    const { person, languages } = found[0].profile;
    assert.equal(person.year_of_birth, p.year);
    assert.deepEqual(languages.entries.map((e) => e.code).sort(), [...p.languages].sort());
    assert.equal(person.given_name.lang, p.locale);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('staff are warned when storage is over 80 % full', async () => {
  const { context, page, problems } = await openPage(browser, NO_SW);
  await context.addInitScript(() => {
    navigator.storage.estimate = async () => ({ quota: 2e9, usage: 1.8e9 });
  });
  await page.goto(`${BASE}/`);
  await page.click('[data-action="tablet"]');
  await page.waitForSelector('.tablet-page');
  assert.ok((await page.textContent('.tablet-page')).includes(message('en', 'tablet-storage-full')));
  assert.ok((await page.textContent('.tablet-page')).includes('90.0 %'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a tablet not yet enrolled keeps the registration, says so, and sends it once enrolled', async () => {
  const { context, page, problems } = await openPage(browser, NO_SW);
  await page.goto(`${BASE}/`);
  await page.waitForSelector('[data-locale="en"]');
  await register(page, { locale: 'en', name: 'Enrol Test', year: 1970, languages: ['am'] });
  const line = page.locator('[data-status="not-enrolled"]');
  await line.waitFor();
  assert.equal(await line.textContent(), message('en', 'status-not-enrolled'));

  await page.click('[data-action="new-registration"]');
  await page.click('[data-action="tablet"]');
  await page.fill('#enrol-username', 'demo-reception-staff');
  await page.fill('#enrol-password', 'wrong password');
  await page.click('[data-action="enrol"]');
  await page.waitForSelector('.enrol .form-error');
  assert.equal(await page.textContent('.enrol .form-error'), message('en', 'tablet-enrol-failed-login'));
  await screenshot(page, 'tablet-en-enrol-failed');

  await page.fill('#enrol-password', 'evne-demo');
  await page.click('[data-action="enrol"]');
  await page.waitForSelector('[data-status="enrolled"]');
  await page.waitForSelector('[data-status="queue-empty"]');
  // The staff session ended right after enrolling: nothing of it is left on the tablet.
  assert.equal((await page.evaluate(() => fetch('/api/v1/me').then((r) => r.status))), 401);
  assert.deepEqual(problems, []);
  await context.close();
});
