// A new version of the app never cuts off an open registration: it installs beside the old
// one, waits, and takes over only between two residents. Runs last: it edits dist/sw.js as a
// new build would, and puts it back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { BASE, launch, openPage, screenshot, storeCount, enrol, start, goTo } from './helpers.mjs';

const SW = new URL('../../dist/sw.js', import.meta.url);
let browser;
let original;
before(async () => {
  browser = await launch();
  original = readFileSync(SW, 'utf8');
});
after(async () => {
  writeFileSync(SW, original);
  await browser?.close();
});

/// Polls an async predicate in the page (waitForFunction would take its promise as truthy).
async function until(page, predicate, timeoutMs = 15_000) {
  const end = Date.now() + timeoutMs;
  while (!(await page.evaluate(predicate))) {
    if (Date.now() > end) throw new Error(`timed out: ${predicate}`);
    await page.waitForTimeout(100);
  }
}

test('an update waits for the registration in progress, then applies between residents', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${BASE}/`);
  await page.waitForSelector('[data-locale="en"]');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await enrol(page);
  await start(page, 'en');
  await page.fill('#given-name', 'Update Test');
  await page.fill('#year', '1985');
  await goTo(page, 'languages');
  await page.check('input[name="languages"][value="tr"]');
  await goTo(page, 'person');

  // A new build is deployed.
  const build = original.match(/const BUILD = "([^"]+)"/)[1];
  writeFileSync(SW, original.replace(`const BUILD = "${build}"`, `const BUILD = "${build}-next"`));
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await until(page, async () => (await navigator.serviceWorker.getRegistration()).waiting !== null);

  // Nothing happens to the open registration.
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await page.waitForTimeout(500);
  assert.equal(await page.inputValue('#given-name'), 'Update Test');
  // The new shell is cached beside the old one, which still serves this page.
  // (The language packs are kept apart: evne-packs.)
  const before = await page.evaluate(() => caches.keys());
  assert.deepEqual(before.filter((k) => k.startsWith('evne-shell')).sort(),
    [`evne-shell-${build}`, `evne-shell-${build}-next`]);
  assert.ok(before.includes('evne-packs'), 'the reviewed words were fetched');

  // The resident finishes; the next one starts on the new version.
  await goTo(page, 'review');
  await page.click('button[type="submit"]');
  await page.waitForSelector('[data-status="sent"]');
  await Promise.all([page.waitForEvent('load'), page.click('[data-action="new-registration"]')]);
  await page.waitForSelector('[data-locale="en"]');
  await until(page, async () => (await navigator.serviceWorker.getRegistration()).waiting === null);
  const after = await page.evaluate(() => caches.keys());
  assert.deepEqual(after.filter((k) => k !== 'evne-packs'), [`evne-shell-${build}-next`]);
  assert.ok(after.includes('evne-packs'), 'the reviewed words outlive the update');
  assert.equal(await storeCount(page, 'outbox'), 0);
  assert.equal(await storeCount(page, 'drafts'), 0);
  await screenshot(page, 'after-update');
  assert.deepEqual(problems, []);
  await context.close();
});
