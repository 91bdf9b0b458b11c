// Recorded voices: a language reviewer, with a (fake) microphone, corrects one Tigrinya
// message and records three prompts, each cut and levelled in the browser and checked by the
// server; a second reviewer approves the correction; a tablet keeps the language pack with its
// recordings and, offline, shows the corrected text and plays the recording when the speaker
// is pressed. When the Norwegian source of a prompt changes, its recording is stale: reviewers
// see it so, and the tablet no longer plays it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, BASE, launch, openPage, screenshot, staffLogin, until } from './helpers.mjs';

const PROMPTS = ['step-consent', 'consent-purpose', 'consent-question'];
// The demo server's database (`cargo xtask test` says where it is).
const DATABASE = process.env.EVNE_DATABASE_FILE ?? '/tmp/e2edev/evne.db';
const CORRECTED = 'ቅድሚ ምጅማርና ንፈልጦ';

/// A mono 16-bit PCM WAV: `lead` s quiet, `sound` s of a quiet 330 Hz tone, `trail` s quiet.
/// Chromium's fake microphone plays it over and over from wherever it is when a take starts, so
/// the quiet parts are shorter than a take: every take holds some of the tone.
function wav(lead, sound, trail, rate = 48000) {
  const n = Math.round((lead + sound + trail) * rate);
  const out = Buffer.alloc(44 + 2 * n);
  out.write('RIFF', 0); out.writeUInt32LE(36 + 2 * n, 4); out.write('WAVEfmt ', 8);
  out.writeUInt32LE(16, 16); out.writeUInt16LE(1, 20); out.writeUInt16LE(1, 22);
  out.writeUInt32LE(rate, 24); out.writeUInt32LE(2 * rate, 28); out.writeUInt16LE(2, 32);
  out.writeUInt16LE(16, 34); out.write('data', 36); out.writeUInt32LE(2 * n, 40);
  for (let i = 0; i < n; i++) {
    const t = i / rate;
    const on = t >= lead && t < lead + sound;
    const v = on ? 0.05 * Math.sin(2 * Math.PI * 330 * t) : 0;
    out.writeInt16LE(Math.round(v * 32767), 44 + 2 * i);
  }
  return out;
}

let browser;
before(async () => {
  const voice = join(ARTIFACTS, 'fake-voice.wav');
  writeFileSync(voice, wav(0.5, 1.0, 1.0));
  browser = await launch([
    '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream',
    `--use-file-for-fake-audio-capture=${voice}`, '--autoplay-policy=no-user-gesture-required',
  ]);
});
after(async () => { await browser?.close(); });

test('a reviewer records three Tigrinya prompts; offline, a tablet shows the corrected text and plays the recording', async () => {
  const { context, page, problems } = await openPage(browser, { permissions: ['microphone'] });
  await staffLogin(page, 'demo-language-reviewer');
  await page.waitForSelector('.staff-review .review-editor');
  await page.selectOption('[data-field="review-locale"]', 'ti');
  await page.waitForSelector('.staff-review[data-locale="ti"] .review-editor');

  for (const id of PROMPTS) {
    await page.click(`li[data-message="${id}"] button`);
    await page.waitForSelector(`.review-editor[data-message="${id}"] .recorder[data-stage="idle"]`);
    if (id === 'step-consent') {
      await page.fill('#review-text', CORRECTED);
      await page.press('#review-text', 'Control+Enter');
      await page.waitForSelector(`.review-editor:not([data-message="${id}"])`);
      await page.click(`li[data-message="${id}"] button`);
      await page.waitForSelector(`.review-editor[data-message="${id}"][data-state="staff-review-state-reviewed"]`);
    }
    await page.click('[data-action="record"]');
    await page.waitForSelector('.recorder[data-stage="recording"]');
    await page.waitForTimeout(3000);
    await page.click('[data-action="stop"]');
    // Cut and levelled, then heard back before it is kept.
    await page.waitForSelector('.recorder[data-stage="ready"]', { timeout: 20000 });
    assert.match(await page.getAttribute('audio.recording-new', 'src'), /^blob:/);
    if (id === PROMPTS[0]) await screenshot(page, 'staff-recording-ready', false);
    await page.click('[data-action="keep-recording"]');
    await page.waitForSelector(`.review-editor[data-message="${id}"] .recording-saved[data-stale="false"]`);
  }
  await screenshot(page, 'staff-recording-kept', false);

  // The pack carries the three recordings; each was cut to the tone and what is around it.
  const pack = await (await fetch(`${BASE}/api/v1/language-packs/ti`)).json();
  assert.equal(pack.messages['step-consent'], CORRECTED);
  for (const id of PROMPTS) {
    assert.equal(pack.recordings[id]?.media_type, 'audio/webm', id);
  }
  const review = await page.evaluate(async () => (await fetch('/api/v1/review/ti')).json());
  for (const id of PROMPTS) {
    const { recording } = review.rows.find((r) => r.id === id);
    // What is cut depends on where in its loop the fake microphone was (`loudness.rs`'s tests
    // check the cut itself): here, that some sound was kept and no more than the take.
    assert.ok(recording.duration_ms <= 3600, `${id}: ${recording.duration_ms} ms`);
    assert.ok(recording.duration_ms >= 100, `${id}: ${recording.duration_ms} ms, the sound kept`);
  }

  // A second reviewer approves the correction.
  const second = await openPage(browser);
  await staffLogin(second.page, 'demo-language-reviewer-2');
  await second.page.selectOption('[data-field="review-locale"]', 'ti');
  await second.page.waitForSelector('.staff-review[data-locale="ti"] .review-editor');
  await second.page.click('li[data-message="step-consent"] button');
  await second.page.click('.review-editor[data-message="step-consent"] [data-action="approve"]');
  await second.page.waitForSelector('li[data-message="step-consent"][data-state="staff-review-state-approved"]');
  assert.deepEqual(second.problems, []);
  await second.context.close();

  // A tablet keeps the pack and its recordings...
  const tablet = await openPage(browser);
  const tab = tablet.page;
  await tab.goto(`${BASE}/`);
  await until(tab, async (ids) => {
    const kept = await caches.match('/api/v1/language-packs/ti');
    if (!kept) return false;
    const pack = await kept.json();
    const urls = ids.map((id) => pack.recordings[id]
      && `/api/v1/language-packs/ti/recordings/${id}?v=${pack.recordings[id].hash}`);
    if (urls.some((u) => !u)) return false;
    return (await Promise.all(urls.map((u) => caches.match(u)))).every(Boolean);
  }, PROMPTS);

  // ...and offline, the next resident in Tigrinya reads the corrected text and hears the voice.
  await tab.evaluate(() => navigator.serviceWorker.ready);
  await tab.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await tablet.context.setOffline(true);
  await tab.reload();
  await tab.click('[data-locale="ti"]');
  await tab.waitForSelector('[data-action="consent-yes"]');
  await tab.waitForSelector(`text=${CORRECTED}`);
  await tab.click('[data-speak="consent-question"]');
  await tab.waitForFunction(() => {
    const audio = document.getElementById('read-aloud');
    return audio && audio.src.startsWith('blob:') && audio.ended;
  }, null, { timeout: 15000 });
  assert.match(await tab.getAttribute('#read-aloud', 'data-recording'), /recordings\/consent-question\?v=/);
  await screenshot(tab, 'tablet-recording-offline', false);

  // The Norwegian source of consent-question changes, as a new release would change it: the
  // recording was made against the old source (its hash no longer matches).
  execFileSync('sqlite3', [DATABASE,
    "UPDATE recordings SET source_hash = 'a-source-since-changed' WHERE locale = 'ti' AND message_id = 'consent-question'"]);
  await page.reload();
  await page.waitForSelector('.staff-review .review-editor');
  await page.selectOption('[data-field="review-locale"]', 'ti');
  await page.click('li[data-message="consent-question"] button');
  await page.waitForSelector('.review-editor[data-message="consent-question"] .recording-saved[data-stale="true"]');
  await screenshot(page, 'staff-recording-stale', false);
  assert.deepEqual(problems, []);
  await context.close();

  // Online again, the tablet's next pack leaves it out and its audio is deleted...
  await tablet.context.setOffline(false);
  await tab.reload();
  await until(tab, async () => {
    const kept = await (await caches.match('/api/v1/language-packs/ti'))?.json();
    if (!kept || kept.recordings['consent-question'] || !kept.recordings['consent-purpose']) return false;
    const cache = await caches.open('evne-packs');
    const urls = (await cache.keys()).map((r) => r.url);
    return !urls.some((u) => u.includes('/recordings/consent-question'));
  });
  // ...and offline, the next resident hears the prompts that are fresh, not the stale one.
  await tablet.context.setOffline(true);
  await tab.reload();
  await tab.click('[data-locale="ti"]');
  await tab.waitForSelector('[data-speak="consent-purpose"]');
  assert.equal(await tab.locator('[data-speak="consent-question"]').count(), 0, 'a stale recording is not played');
  assert.deepEqual(tablet.problems, []);
  await tablet.context.close();
});

test('an admin sees how far every language has come, with the recordings', async () => {
  const { context, page, problems } = await openPage(browser);
  await staffLogin(page, 'demo-admin');
  await page.waitForSelector('.language-coverage tr[data-locale="ti"]');
  const recorded = await page.textContent('.language-coverage tr[data-locale="ti"] td:last-child');
  assert.match(recorded, /^[1-9]\d* \(\d+ %\)$/, 'the recordings above are counted');
  assert.equal(await page.locator('.language-coverage tbody tr').count(), 15, 'every locale but the source');
  await page.evaluate(() => document.querySelector('.language-coverage').scrollIntoView());
  await screenshot(page, 'staff-language-coverage', false);
  assert.deepEqual(problems, []);
  await context.close();
});
