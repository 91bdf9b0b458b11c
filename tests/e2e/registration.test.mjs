// The first end-to-end slice: a resident registers offline in Arabic, nothing is lost on a
// reload (held under the tablet's lock until staff unlock it), the registration is sent once
// the network returns, and an officer sees it exactly once, however often it is re-sent.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, openPage, screenshot, message, login, storeCount, storeValues, enrol, unlockWithLogin, start, goTo } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const NAME = 'سارا اختبار';

test('the app is served with a strict CSP and starts', async () => {
  const res = await fetch(`${BASE}/`);
  const csp = res.headers.get('content-security-policy');
  assert.match(csp, /'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'/);
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${BASE}/`);
  await page.waitForSelector('[data-locale="ti"]');
  assert.equal(await page.textContent('[data-locale="ti"]'), 'ትግርኛ');
  await screenshot(page, 'language-screen');
  assert.deepEqual(problems, []);
  await context.close();
});

test('bad input is explained in the language the person chose', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${BASE}/`);
  await start(page, 'ti');
  await page.fill('#given-name', 'ሰላም');
  await page.fill('#year', '19x0');
  assert.equal(await page.inputValue('#year'), '190', 'only digits are kept');
  await page.fill('#case-number', '12345');
  await goTo(page, 'review');
  await page.click('button[type="submit"]');
  // Submit goes back to the first step with a problem; each field says what is wrong.
  await page.waitForSelector('[data-step="person"]');
  const errors = await page.locator('.field-error').allTextContents();
  assert.deepEqual(errors, [
    message('ti', 'error-year-too-early'),
    message('ti', 'error-case-number'),
  ]);
  await screenshot(page, 'form-ti-errors');
  assert.equal(await page.getAttribute('[data-goto="languages"]', 'class'), 'step-dot invalid');
  await goTo(page, 'languages');
  assert.deepEqual(await page.locator('.field-error').allTextContents(), [message('ti', 'error-required')]);
  // Arabic-Indic digits, as an Arabic keyboard types them, are read as digits.
  await goTo(page, 'person');
  await page.fill('#year', '١٩٩٠');
  assert.equal(await page.inputValue('#year'), '1990');
  assert.equal(await storeCount(page, 'outbox'), 0, 'nothing invalid is queued');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an offline registration survives a reload, is sent when online, and is stored once', async () => {
  const { context, page, problems } = await openPage(browser);
  const posted = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/api/v1/submissions')) {
      posted.push({ body: r.postData(), authorization: r.headers().authorization });
    }
  });

  // Online once, so that the service worker installs and takes control.
  await page.goto(`${BASE}/`);
  await page.waitForSelector('[data-locale="ar"]');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await enrol(page);

  await context.setOffline(true);
  await start(page, 'ar');
  await page.waitForSelector('html[lang="ar"][dir="rtl"]');
  await page.fill('#given-name', NAME);
  await page.fill('#year', '1990');
  await goTo(page, 'languages');
  await page.check('input[name="languages"][value="ar"]');
  await page.check('input[name="languages"][value="ti"]');
  await page.click('[data-language="ar"] [data-skill="reading"] [data-level="c2"]');
  await page.waitForSelector('[data-status="draft"]');
  await screenshot(page, 'form-ar-offline');
  const drafts = JSON.stringify(await storeValues(page, 'drafts'));
  assert.ok(drafts.includes('ciphertext') && !drafts.includes(NAME), 'the draft is encrypted at rest');

  // A reload with no network: the shell comes from the service worker. This browser has no
  // WebAuthn PRF, so the tablet's drafts are locked with the server's key: the draft is held,
  // sealed, until staff unlock it, which needs the network.
  await page.reload();
  await page.waitForSelector('[data-status="drafts-locked"]');
  await page.click('[data-action="tablet"]');
  await page.waitForSelector('[data-lock="locked-server"]');
  await screenshot(page, 'tablet-locked-ar');
  await context.setOffline(false);
  await unlockWithLogin(page);
  // It opens where the person left off, with the answers from IndexedDB.
  await page.waitForSelector('[data-step="languages"]');
  await context.setOffline(true);
  assert.equal(await page.isChecked('input[name="languages"][value="ar"]'), true);
  assert.equal(await page.isChecked('input[name="languages"][value="ti"]'), true);
  assert.equal(await page.getAttribute('[data-language="ar"] [data-skill="reading"] [data-level="c2"]', 'aria-checked'), 'true');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  await goTo(page, 'person');
  assert.equal(await page.inputValue('#given-name'), NAME);
  assert.equal(await page.inputValue('#year'), '1990');

  await goTo(page, 'review');
  await screenshot(page, 'review-ar');
  await page.click('button[type="submit"]');
  await page.waitForSelector('[data-status="queued"]');
  await page.waitForSelector('[data-status="offline"]');
  await screenshot(page, 'done-ar-queued-offline');
  assert.equal(await storeCount(page, 'drafts'), 0, 'the plaintext draft is gone');
  const outbox = await storeValues(page, 'outbox');
  assert.equal(outbox.length, 1);
  assert.ok(outbox[0].sealed.ciphertext.length > 40, 'sealed');
  assert.ok(!JSON.stringify(outbox).includes(NAME), 'no plaintext name in the outbox');
  assert.equal(posted.length, 0, 'nothing was sent while offline');

  await context.setOffline(false);
  await page.waitForSelector('[data-status="sent"]', { timeout: 30_000 });
  assert.equal(await storeCount(page, 'outbox'), 0, 'acknowledged, so nothing remains');
  await screenshot(page, 'done-ar-sent');

  // The officer sees it exactly once, with the values typed.
  const cookie = await login('demo-settlement-officer');
  const mine = async () => {
    const res = await fetch(`${BASE}/api/v1/registrations`, { headers: { cookie } });
    assert.equal(res.status, 200);
    return (await res.json()).filter((r) => r.profile.person.given_name.text === NAME);
  };
  const found = await mine();
  assert.equal(found.length, 1);
  const { person, languages, consent } = found[0].profile;
  assert.deepEqual(person.given_name, { text: NAME, lang: 'ar' });
  assert.equal(person.year_of_birth, 1990);
  assert.ok(person.centre, 'the centre the tablet was enrolled for');
  assert.deepEqual(languages.entries.map((e) => e.code), ['ar', 'ti']);
  assert.equal(languages.entries[0].reading, 'c2');
  assert.deepEqual(consent.scopes, ['registration', 'municipality']);
  assert.equal(consent.by, 'self');
  assert.equal(consent.lang, 'ar');

  // The same submission again (a retry after a lost answer): same receipt, no duplicate.
  assert.equal(posted.length, 1);
  const tablet = { 'content-type': 'application/json', authorization: posted[0].authorization };
  const again = await fetch(`${BASE}/api/v1/submissions`, {
    method: 'POST', headers: tablet, body: posted[0].body,
  });
  assert.equal(again.status, 200);
  assert.equal((await again.json()).id, found[0].id);
  assert.equal((await mine()).length, 1);

  // The body on the wire is sealed too, and a tampered copy is refused.
  assert.ok(!posted[0].body.includes(NAME), 'no plaintext name on the wire');
  const tampered = JSON.parse(posted[0].body);
  tampered.ciphertext = (tampered.ciphertext[0] === 'A' ? 'B' : 'A') + tampered.ciphertext.slice(1);
  const refused = await fetch(`${BASE}/api/v1/submissions`, {
    method: 'POST', headers: tablet, body: JSON.stringify(tampered),
  });
  assert.equal(refused.status, 422);
  assert.equal((await refused.json()).error, 'undecryptable');

  // Without the tablet's token nothing is accepted; without a session the list is closed.
  const anonymous = await fetch(`${BASE}/api/v1/submissions`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: posted[0].body,
  });
  assert.equal(anonymous.status, 401);
  assert.equal((await fetch(`${BASE}/api/v1/registrations`)).status, 401);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a write the browser refuses is reported to the person, not swallowed', async () => {
  const { context, page, problems } = await openPage(browser);
  // Make IndexedDB refuse writes on demand, as a full disk does.
  await context.addInitScript(() => {
    window.evneFailWrites = false;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      if (window.evneFailWrites) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.apply(this, args);
    };
  });
  await page.goto(`${BASE}/`);
  await start(page, 'nb');
  await page.waitForSelector('[data-status="draft"]');

  await page.evaluate(() => { window.evneFailWrites = true; });
  await page.fill('#given-name', 'Kari Test');
  const error = page.locator('[data-status="error"]');
  await error.waitFor();
  assert.equal(await error.textContent(), message('nb', 'error-storage'));
  await screenshot(page, 'form-nb-storage-error');

  await page.evaluate(() => { window.evneFailWrites = false; });
  await page.fill('#given-name', 'Kari Test2');
  await page.waitForSelector('[data-status="draft"]');
  assert.equal(await error.count(), 0, 'the warning goes once a save succeeds');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a private window, which would lose what is typed, is refused with a message', async () => {
  const { context, page, problems } = await openPage(browser, { serviceWorkers: 'block' });
  // What Safari and older browsers report in private mode: a small quota, not persisted.
  await context.addInitScript(() => {
    navigator.storage.estimate = async () => ({ quota: 50 * 1024 * 1024, usage: 0 });
    navigator.storage.persist = async () => false;
  });
  await page.goto(`${BASE}/`);
  const banner = page.locator('[data-status="ephemeral"]');
  await banner.waitFor();
  assert.equal(await banner.textContent(), message('en', 'error-private-mode'));
  assert.equal(await page.isDisabled('[data-locale="ar"]'), true);
  assert.deepEqual(problems, []);
  await context.close();
});
