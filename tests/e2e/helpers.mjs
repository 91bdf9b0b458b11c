// Shared setup for the e2e tests: Debian's Chromium through playwright-core, the server that
// `cargo xtask test` started (EVNE_URL), and a folder for screenshots (EVNE_ARTIFACTS).
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const BASE = process.env.EVNE_URL ?? 'http://127.0.0.1:8080';
export const ARTIFACTS = process.env.EVNE_ARTIFACTS ?? 'artifacts';
mkdirSync(ARTIFACTS, { recursive: true });

/// Headless Chromium, with `extra` switches (a fake microphone, an autoplay policy).
export function launch(extra = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ...extra,
    ],
  });
}

/// A recording as the staff app makes one (WebM/Opus at 24 kbit/s, MediaRecorder), of `ms`
/// milliseconds of a synthetic tone, made in `page`: its bytes.
export async function syntheticRecording(page, ms) {
  const base64 = await page.evaluate(async (ms) => {
    const context = new AudioContext();
    await context.resume();
    const tone = context.createOscillator();
    const gain = context.createGain();
    gain.gain.value = 0.2;
    const out = context.createMediaStreamDestination();
    tone.connect(gain).connect(out);
    const recorder = new MediaRecorder(out.stream, { mimeType: 'audio/webm;codecs=opus', audioBitsPerSecond: 24000 });
    const chunks = [];
    recorder.ondataavailable = (e) => chunks.push(e.data);
    const stopped = new Promise((r) => { recorder.onstop = r; });
    recorder.start();
    tone.start();
    await new Promise((r) => setTimeout(r, ms));
    recorder.stop();
    await stopped;
    await context.close();
    const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s);
  }, ms);
  return Buffer.from(base64, 'base64');
}

/// A page that records uncaught errors and CSP violations, which every test asserts are none.
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 800, height: 1000 }, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|panicked/i.test(m.text())) {
      problems.push(`console: ${m.text()}`);
    }
  });
  return { context, page, problems };
}

export function screenshot(page, name, fullPage = true) {
  return page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage });
}

/// One message of a locale's Fluent file (single-line messages only).
export function message(locale, id) {
  const src = readFileSync(new URL(`../../locales/${locale}/main.ftl`, import.meta.url), 'utf8');
  const line = src.split('\n').find((l) => l.startsWith(`${id} = `));
  if (!line) throw new Error(`${locale}: no message ${id}`);
  return line.slice(id.length + 3).trim();
}

/// Waits until `fn` (run in the page, may be async: its promise is awaited, which
/// `page.waitForFunction` does not do) returns something truthy; polls every 250 ms.
export async function until(page, fn, arg, timeout = 30000) {
  const end = Date.now() + timeout;
  for (;;) {
    if (await page.evaluate(fn, arg)) return;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms: ${fn}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/// Logs in on the staff screens as `username` (a demo user).
export async function staffLogin(page, username) {
  await page.goto(`${BASE}/staff`);
  await page.waitForSelector('#staff-username');
  await page.fill('#staff-username', username);
  await page.fill('#staff-password', 'evne-demo');
  await page.click('[data-action="login"]');
  await page.waitForSelector(`[data-user="${username}"]`);
}

/// Logs in through the API and returns the Cookie header to send.
export async function login(username, password = 'evne-demo') {
  const res = await fetch(`${BASE}/api/v1/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
  return res.headers.get('set-cookie').split(';')[0];
}

/// Every value in one IndexedDB store of the page (read directly, not through the app).
export function storeValues(page, store) {
  return page.evaluate((store) => new Promise((resolve, reject) => {
    const open = indexedDB.open('evne');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction(store, 'readonly').objectStore(store).getAll();
      req.onsuccess = () => { resolve(req.result); open.result.close(); };
      req.onerror = () => reject(req.error);
    };
  }), store);
}

/// How many values one IndexedDB store of the page holds.
export function storeCount(page, store) {
  return page.evaluate((store) => new Promise((resolve, reject) => {
    const open = indexedDB.open('evne');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(store, 'readonly');
      const req = tx.objectStore(store).count();
      req.onsuccess = () => { resolve(req.result); open.result.close(); };
      req.onerror = () => reject(req.error);
    };
  }), store);
}

/// Chooses the language and says yes on the consent screen; the wizard opens on "about you".
export async function start(page, locale) {
  await page.click(`[data-locale="${locale}"]`);
  await page.click('[data-action="consent-yes"]');
  await page.waitForSelector('[data-step="person"]');
}

/// Goes to a wizard step by its section name (`person`, `languages`, ..., `review`).
export async function goTo(page, section) {
  await page.click(`[data-goto="${section}"]`);
  await page.waitForSelector(`[data-step="${section}"]`);
}

/// Fills the required answers through the UI, as a resident does, and submits.
export async function register(page, { locale, name, year, languages }) {
  await start(page, locale);
  await answerAndSubmit(page, { name, year, languages });
}

/// From the first step: fills the required answers and submits.
export async function answerAndSubmit(page, { name, year, languages }) {
  await page.fill('#given-name', name);
  await page.fill('#year', String(year));
  await goTo(page, 'languages');
  for (const code of languages) {
    if (code === 'nb' || code === 'en') {
      // Always asked: the person says they speak it by rating it.
      await page.click(`[data-language="${code}"] [data-skill="speaking"] [data-level="a2"]`);
    } else {
      await page.check(`input[name="languages"][value="${code}"]`);
    }
  }
  await goTo(page, 'review');
  await page.click('button[type="submit"]');
  await page.waitForSelector('.done-page');
}

/// Staff enrol the tablet from the language screen (demo staff account), then go back. The
/// same login locks its drafts (a browser without WebAuthn PRF: with the server's key).
export async function enrol(page) {
  await page.click('[data-action="tablet"]');
  await page.fill('#enrol-username', 'demo-reception-staff');
  await page.fill('#enrol-password', 'evne-demo');
  await page.click('[data-action="enrol"]');
  await page.waitForSelector('[data-status="enrolled"]');
  await page.waitForSelector('[data-lock^="unlocked"]');
  await page.click('.tablet-page .page-head button');
  await page.waitForSelector('.language-page');
}

/// Staff unlock the tablet's drafts with their login (the server's key), from the language
/// screen or the tablet screen; a draft that was open comes back to the form.
export async function unlockWithLogin(page) {
  if (await page.locator('.tablet-page').count() === 0) await page.click('[data-action="tablet"]');
  await page.fill('#lock-username', 'demo-reception-staff');
  await page.fill('#lock-password', 'evne-demo');
  await page.click('[data-action="unlock-server"]');
}
