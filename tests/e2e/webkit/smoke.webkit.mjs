// The flows a tablet lives on, in WebKit (Safari's engine, here WebKitGTK under Xvfb at iPad
// size): the first screen fetched once per file, Arabic and Tigrinya on screen, enrolment,
// autosave across a reload, a submission the server has once, an offline start from the
// service worker, the storage screen, and a reviewer's recording played offline. Chromium runs the whole e2e suite; this is the
// smoke set. Where WebKitGTK lacks what Safari has, the step says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, login, message, syntheticRecording } from '../helpers.mjs';
import { SERVER, attribute, click, fill, home, inPage, proxy, screenshot, session, waitFor } from './driver.mjs';

/// A fresh browser and a proxy of its own, both closed after the test `t` (WebKitWebDriver
/// drives one browser at a time).
async function tablet(t) {
  const p = await proxy();
  const d = await session();
  t.after(async () => {
    await d.quit();
    await p.close();
  });
  return { p, d };
}

const letters = () => Array.from({ length: 6 }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(Math.random() * 26)]).join('');

test('the first screen fetches each of its files once', async (t) => {
  const { p, d } = await tablet(t);
  await home(d, p.url);
  const names = await d.executeScript(
    'return performance.getEntriesByType("resource").map((e) => e.name)',
  );
  const twice = names.filter((n, i) => names.indexOf(n) !== i);
  assert.deepEqual(twice, [], `fetched more than once: ${twice}`);
  assert.ok(names.some((n) => n.endsWith('/evne-start_bg.wasm')), names.join('\n'));
  await screenshot(d, 'language-screen');

});

for (const [locale, dir] of [['ar', 'rtl'], ['ti', 'ltr']]) {
  test(`a resident starts in ${locale}: shaped, ${dir}, in the app's own fonts`, async (t) => {
    const { p, d } = await tablet(t);
    await home(d, p.url);
    await click(d, `[data-locale="${locale}"]`);
    await waitFor(d, `html[lang="${locale}"][dir="${dir}"]`);
    await screenshot(d, `consent-${locale}`);
    await click(d, '[data-action="consent-yes"]');
    await waitFor(d, '[data-step="person"]');
    const fonts = await inPage(d, 'await document.fonts.ready; return [...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family)');
    assert.ok(fonts.length > 0, `no web font loaded: ${JSON.stringify(fonts)}`);
    await screenshot(d, `person-${locale}`);
  });
}

test('enrolled, a draft survives a reload (locked, unlocked by a staff login) and is sent once', async (t) => {
  const { p, d } = await tablet(t);
  const name = `Webkit ${letters()}`;
  await home(d, p.url);
  await click(d, '[data-action="tablet"]');
  await fill(d, '#enrol-username', 'demo-reception-staff');
  await fill(d, '#enrol-password', 'evne-demo');
  await click(d, '[data-action="enrol"]');
  await waitFor(d, '[data-status="enrolled"]');
  // WebKitGTK has no WebAuthn (Safari has, with PRF from 18): the server's key locks drafts.
  const webauthn = await d.executeScript('return typeof PublicKeyCredential !== "undefined"');
  const lock = webauthn ? '[data-lock^="unlocked"]' : '[data-lock="unlocked-server"]';
  await waitFor(d, lock);
  await screenshot(d, 'tablet-enrolled');
  await click(d, '.tablet-page .page-head button');

  await click(d, '[data-locale="ti"]');
  await click(d, '[data-action="consent-yes"]');
  await fill(d, '#given-name', name);
  await fill(d, '#year', '1991');
  await waitFor(d, '[data-status="draft"]');
  await d.navigate().refresh();
  await waitFor(d, '[data-status="drafts-locked"]');
  await click(d, '[data-action="tablet"]');
  await fill(d, '#lock-username', 'demo-reception-staff');
  await fill(d, '#lock-password', 'evne-demo');
  await click(d, '[data-action="unlock-server"]');
  await waitFor(d, '[data-step="person"]');
  assert.equal(await attribute(d, '#given-name', 'value'), name, 'the draft is back');
  assert.equal(await attribute(d, '#year', 'value'), '1991');

  await click(d, '[data-goto="languages"]');
  await click(d, 'input[name="languages"][value="ti"]');
  await click(d, '[data-goto="review"]');
  await screenshot(d, 'review-ti');
  await click(d, 'button[type="submit"]');
  await waitFor(d, '[data-status="sent"]', 30_000);

  const cookie = await login('demo-settlement-officer');
  const res = await fetch(`${SERVER}/api/v1/registrations`, { headers: { cookie } });
  assert.equal(res.status, 200);
  const mine = (await res.json()).filter((r) => r.profile.person.given_name.text === name);
  assert.equal(mine.length, 1, 'the server has it once');
  assert.deepEqual(mine[0].profile.languages.entries.map((e) => e.code), ['ti']);
});

test('with the network gone, the app starts from its service worker', async (t) => {
  const { p, d } = await tablet(t);
  await d.get(`${p.url}/`);
  await waitFor(d, '[data-locale="ar"]');
  const controlled = await inPage(d, `
    await navigator.serviceWorker.ready;
    for (let i = 0; i < 100 && !navigator.serviceWorker.controller; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    return navigator.serviceWorker.controller !== null;
  `);
  if (!controlled) {
    // A first load is controlled only once the worker claims it: load once more, online.
    await d.navigate().refresh();
    await waitFor(d, '[data-locale="ar"]');
  }
  p.offline = true;
  await d.navigate().refresh();
  await waitFor(d, '[data-locale="ar"]');
  await screenshot(d, 'offline-start');
  const offline = await inPage(d, 'return (await fetch("/api/v1/submission-key").then(() => "online", () => "offline"))');
  assert.equal(offline, 'offline', 'the network really was gone');
});

test('the storage screen says only what the browser tells', async (t) => {
  const { p, d } = await tablet(t);
  await home(d, p.url);
  await click(d, '[data-action="tablet"]');
  await waitFor(d, '.tablet-page');
  const api = await d.executeScript('return typeof navigator.storage !== "undefined"');
  if (api) {
    await waitFor(d, '[data-status="persisted"], [data-status="not-persisted"]');
    return screenshot(d, 'tablet-storage');
  }
  // WebKitGTK has no Storage API (Safari has it from 17): the screen says it cannot tell,
  // and, from the second start on, only that the data has lasted since the first.
  await waitFor(d, '[data-status="storage-first"]');
  await d.navigate().refresh();
  await click(d, '[data-action="tablet"]');
  const lasted = await (await waitFor(d, '[data-status="storage-lasted"]')).getText();
  const today = new Date().toISOString().slice(0, 10);
  assert.ok(lasted.includes(today) && lasted.includes('2'), lasted);
  await screenshot(d, 'tablet-storage');
});

test('a browser without WebAssembly is told so in every language, and nothing starts', async (t) => {
  const { p, d } = await tablet(t);
  p.inject = 'delete window.WebAssembly;';
  await d.get(`${p.url}/`);
  await waitFor(d, '[data-status="old-browser"]');
  const shown = await d.executeScript(
    'return [...document.querySelectorAll(".old-browser p")].map((e) => [e.lang, e.dir, e.textContent])',
  );
  assert.equal(shown.length, 16, JSON.stringify(shown));
  assert.deepEqual(shown.find(([lang]) => lang === 'ar'), ['ar', 'rtl', message('ar', 'old-browser')]);
  assert.deepEqual(shown.find(([lang]) => lang === 'ti'), ['ti', 'ltr', message('ti', 'old-browser')]);
  const wasm = await d.executeScript(
    'return performance.getEntriesByType("resource").map((e) => e.name).filter((n) => n.endsWith(".wasm"))',
  );
  assert.deepEqual(wasm, [], 'no app was started');
  await screenshot(d, 'old-browser');
});

test('a reviewer\'s recording (WebM/Opus, as Chromium records it) plays offline from the kept pack', async (t) => {
  // The recording as the staff app makes one, by Chromium's MediaRecorder (the project's
  // synthetic tone), kept for a Tigrinya prompt.
  const chromium = await launch(['--autoplay-policy=no-user-gesture-required']);
  const maker = await chromium.newPage();
  await maker.goto(`${SERVER}/staff`);
  const audio = await syntheticRecording(maker, 1500);
  await chromium.close();
  const reviewer = await login('demo-language-reviewer');
  const put = await fetch(`${SERVER}/api/v1/review/ti/consent-purpose/recording`, {
    method: 'PUT', headers: { cookie: reviewer, 'content-type': 'audio/webm' }, body: audio,
  });
  assert.equal(put.status, 200);

  const { p, d } = await tablet(t);
  await home(d, p.url);
  const webm = await inPage(d, 'return document.createElement("audio").canPlayType("audio/webm; codecs=opus")');
  assert.notEqual(webm, '', 'WebKit plays WebM/Opus');
  const kept = await inPage(d, `
    for (let i = 0; i < 120; i++) {
      const pack = await (await caches.match('/api/v1/language-packs/ti'))?.json();
      const r = pack?.recordings?.['consent-purpose'];
      if (r && await caches.match('/api/v1/language-packs/ti/recordings/consent-purpose?v=' + r.hash)) return true;
      await new Promise((r) => setTimeout(r, 250));
    }
    return false;
  `);
  assert.equal(kept, true, 'the pack and its recording are kept');
  p.offline = true;
  await d.navigate().refresh();
  await click(d, '[data-locale="ti"]');
  await click(d, '[data-speak="consent-purpose"]');
  const played = await inPage(d, `
    for (let i = 0; i < 100; i++) {
      const a = document.getElementById('read-aloud');
      if (a?.error) return 'error ' + a.error.code;
      if (a?.ended) return a.src.startsWith('blob:') ? 'ended' : 'not from the cache: ' + a.src;
      await new Promise((r) => setTimeout(r, 100));
    }
    return 'never ended';
  `);
  assert.equal(played, 'ended');
});
