// A copied tablet opens nothing. The tablet's drafts are locked with its platform authenticator
// (a DevTools virtual authenticator with PRF and user verification stands in for the screen
// lock). Mid-registration, with a draft open and another paused, the browser's profile folder is
// copied; the copy, opened in a second Chromium whose every request is answered by a foreign
// page, cannot decrypt either draft with anything IndexedDB holds, and no file of it holds the
// typed names. The original tablet then restarts offline: the drafts are locked until staff
// unlock it, and then the open draft is there, unchanged.
//
// The same again where the browser has no PRF (no authenticator): the drafts are locked with a
// key the server releases to the tablet's token and a staff login of its centre. Offline, and
// with a wrong login, the drafts stay locked; online with the right one they open.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE, screenshot, start } from './helpers.mjs';

// WebAuthn needs a domain as its relying party: localhost, not 127.0.0.1.
const ORIGIN = BASE.replace('127.0.0.1', 'localhost');
// ASCII names: the same bytes in every encoding Chromium may keep a string in (Latin-1, UTF-8;
// UTF-16 is searched too).
const OPEN_NAME = 'Kopiprove Openutkast';
const PAUSED_NAME = 'Kopiprove Pauseutkast';

function launchProfile(dir, options = {}) {
  return chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
    viewport: { width: 800, height: 1000 },
    ...options,
  });
}

/// A platform authenticator with PRF and user verification, for this tab.
async function addAuthenticator(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable', { enableUI: false });
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2', ctap2Version: 'ctap2_1', transport: 'internal',
      hasResidentKey: true, hasUserVerification: true, isUserVerified: true, hasPrf: true,
      automaticPresenceSimulation: true,
    },
  });
}

/// Every file under `dir`.
function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return files(path);
    return e.isFile() ? [path] : [];
  });
}

/// The files of `dir` that hold `text` in UTF-8 or UTF-16 (how Chromium keeps strings).
function holding(dir, text) {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'latin1'), Buffer.from(text, 'utf16le')];
  return files(dir).filter((f) => {
    if (statSync(f).size === 0) return false;
    const bytes = readFileSync(f);
    return needles.some((n) => bytes.includes(n));
  });
}

/// In the page: every draft in IndexedDB tried against every key-like thing IndexedDB holds.
function tryToOpen(page) {
  return page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('evne');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = (store) => new Promise((resolve, reject) => {
      const req = db.transaction(store, 'readonly').objectStore(store).getAll();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const drafts = await all('drafts');
    const everything = [...drafts, ...(await all('device')), ...(await all('settings'))];
    // Candidate keys: CryptoKeys, and any 32 bytes (an array, or base64url text).
    const candidates = [];
    const bytesOf = (v) => {
      if (Array.isArray(v) && v.length === 32 && v.every((n) => Number.isInteger(n))) return new Uint8Array(v);
      if (typeof v === 'string' && /^[A-Za-z0-9_-]{43}$/.test(v)) {
        const bin = atob(v.replace(/-/g, '+').replace(/_/g, '/') + '=');
        return Uint8Array.from(bin, (c) => c.charCodeAt(0));
      }
      return null;
    };
    const walk = async (v) => {
      if (v instanceof CryptoKey) { candidates.push(v); return; }
      const raw = bytesOf(v);
      if (raw) {
        try { candidates.push(await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['decrypt'])); } catch {}
        return;
      }
      if (v && typeof v === 'object') for (const x of Object.values(v)) await walk(x);
    };
    for (const v of everything) await walk(v);
    let opened = 0;
    let tries = 0;
    for (const d of drafts) {
      for (const key of candidates) {
        tries += 1;
        try {
          await crypto.subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(d.iv) }, key, new Uint8Array(d.ciphertext));
          opened += 1;
        } catch {}
      }
    }
    db.close();
    return { drafts: drafts.length, sealed: drafts.filter((d) => d.sealed_key).length, keys: candidates.length, tries, opened };
  });
}

/// Staff unlock the restarted tablet, each way.
const UNLOCK = {
  async prf(page) {
    await page.click('[data-action="unlock"]');
  },
  async server(page, tablet) {
    const login = async (password) => {
      await page.fill('#lock-username', 'demo-reception-staff');
      await page.fill('#lock-password', password);
      await page.click('[data-action="unlock-server"]');
    };
    // Offline: the server cannot be asked, and nothing opens.
    await login('evne-demo');
    const alert = '.tablet-page [role="alert"]';
    await page.waitForSelector(alert);
    const offline = await page.textContent(alert);
    assert.equal(await page.locator('[data-lock="locked-server"]').count(), 1);
    await tablet.setOffline(false);
    await login('not the password');
    await page.waitForFunction(([sel, before]) => document.querySelector(sel)?.textContent !== before, [alert, offline]);
    assert.equal(await page.locator('[data-lock="locked-server"]').count(), 1, 'a wrong login opens nothing');
    await screenshot(page, 'lock-server-wrong-login');
    await login('evne-demo');
  },
};

for (const [way, authenticator] of [['prf', true], ['server', false]]) {
  test(`a copy of a locked tablet opens nothing; the tablet itself opens after the staff unlock (${way})`, async () => {
    await copyAndUnlock(way, authenticator);
  });
}

async function copyAndUnlock(way, authenticator) {
  const suffix = way === 'prf' ? '' : '-server';
  const dir = mkdtempSync(join(tmpdir(), 'evne-tablet-'));
  const copy = mkdtempSync(join(tmpdir(), 'evne-copy-'));
  const tablet = await launchProfile(dir);
  const page = tablet.pages()[0] ?? await tablet.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  if (authenticator) await addAuthenticator(page);
  await page.clock.install();
  await page.goto(`${ORIGIN}/`);

  // Staff enrol the tablet; its drafts are locked at once (with the virtual screen lock, or
  // with the server's key).
  await page.click('[data-action="tablet"]');
  await page.fill('#enrol-username', 'demo-reception-staff');
  await page.fill('#enrol-password', 'evne-demo');
  await page.click('[data-action="enrol"]');
  await page.waitForSelector(`[data-lock="unlocked${suffix}"]`);
  await page.click('.tablet-page .page-head button');

  // One resident's registration is put aside, the next one is open mid-typing.
  await start(page, 'nb');
  await page.fill('#given-name', PAUSED_NAME);
  await page.waitForSelector('[data-status="draft"]');
  await page.clock.fastForward('11:00');
  await page.waitForSelector('.language-page');
  await start(page, 'nb');
  await page.fill('#given-name', OPEN_NAME);
  await page.waitForSelector('[data-status="draft"]');
  await page.waitForTimeout(500);

  // The copy, as someone with the tablet's files would take it.
  cpSync(dir, copy, { recursive: true });
  // A positive control: what IndexedDB holds can be found in the copied files this way.
  assert.ok(holding(copy, 'sealed_key').length > 0, 'the drafts are in the copied files');
  assert.ok(holding(copy, 'p256-hkdf-sha256-aes256gcm-v1').length > 0, 'the lock record is too');
  assert.deepEqual(holding(copy, OPEN_NAME), [], 'no file holds the open draft');
  assert.deepEqual(holding(copy, PAUSED_NAME), [], 'no file holds the paused draft');

  // The copy in a second browser, every request answered by a foreign page.
  for (const lock of ['SingletonLock', 'SingletonSocket', 'SingletonCookie']) rmSync(join(copy, lock), { force: true });
  // The thief's own page answers at the origin: the copied service worker would serve the app.
  rmSync(join(copy, 'Default', 'Service Worker'), { recursive: true, force: true });
  const thief = await launchProfile(copy, { serviceWorkers: 'block' });
  await thief.route('**/*', (route) => route.fulfill({
    status: 200, contentType: 'text/html', body: '<!doctype html><title>foreign</title><p>foreign</p>',
  }));
  const foreign = thief.pages()[0] ?? await thief.newPage();
  await foreign.goto(`${ORIGIN}/`);
  assert.equal(await foreign.textContent('p'), 'foreign');
  const attempt = await tryToOpen(foreign);
  assert.equal(attempt.drafts, 2, 'the open and the paused draft are there');
  assert.equal(attempt.sealed, 2, 'both under the lock');
  assert.ok(attempt.keys > 0 && attempt.tries >= 2, JSON.stringify(attempt));
  assert.equal(attempt.opened, 0, `nothing opens: ${JSON.stringify(attempt)}`);
  await thief.close();

  // The tablet restarts offline: locked, and a new registration could start.
  await tablet.setOffline(true);
  await page.reload();
  await page.waitForSelector('[data-status="drafts-locked"]');
  assert.equal(await page.locator('[data-locale="ar"]').count(), 1, 'nobody is turned away');
  await screenshot(page, `lock-1-locked-start${suffix}`);
  await page.click('[data-action="tablet"]');
  await page.waitForSelector(`[data-lock="locked${suffix}"]`);
  await screenshot(page, `lock-2-tablet-locked${suffix}`);

  // Staff unlock: the open draft is back, unchanged.
  await UNLOCK[way](page, tablet);
  await page.waitForSelector('[data-step="person"]');
  assert.equal(await page.inputValue('#given-name'), OPEN_NAME);
  await screenshot(page, `lock-3-unlocked${suffix}`);
  assert.deepEqual(problems, []);
  await tablet.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(copy, { recursive: true, force: true });
}
