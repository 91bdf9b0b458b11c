// Recorded voices for `cargo xtask bench` (not a test): one JSON line per figure on stdout.
// Expects EVNE_URL (a demo server). Every resident-facing message of Tigrinya is recorded
// with the same synthetic recording (a tone, encoded as the staff app encodes: WebM/Opus at
// 24 kbit/s by Chromium's MediaRecorder), then:
// 1. the locale's pack: its JSON and every recording a tablet keeps, in bytes;
// 2. tap to sound, offline: from a tap on a speaker button until the recording plays
//    (`playing`), on a tablet that kept the pack, 4× CPU throttling.
import { BASE, launch, openPage, login, syntheticRecording, until } from './helpers.mjs';

const quick = process.env.EVNE_BENCH_QUICK === '1';
const LOCALE = 'ti';
const PROMPT_MS = 3000;
const MB = 1024 * 1024;

const figure = (name, value, unit, { budget = null, met = null } = {}) => {
  console.log(JSON.stringify({ figure: name, value, unit, floor: null, ratio: null, budget, met }));
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length, Math.max(1, Math.ceil((p / 100) * s.length))) - 1];
};

const browser = await launch(['--autoplay-policy=no-user-gesture-required']);
{
  const { context, page } = await openPage(browser);
  await page.goto(`${BASE}/staff`);
  const audio = await syntheticRecording(page, PROMPT_MS);
  await context.close();
  const cookie = await login('demo-language-reviewer');
  const review = await (await fetch(`${BASE}/api/v1/review/${LOCALE}`, { headers: { cookie } })).json();
  for (const row of review.rows) {
    const put = await fetch(`${BASE}/api/v1/review/${LOCALE}/${row.id}/recording`, {
      method: 'PUT', headers: { cookie, 'content-type': 'audio/webm' }, body: audio,
    });
    if (put.status !== 200) throw new Error(`${row.id}: ${put.status}`);
  }
  const pack = await fetch(`${BASE}/api/v1/language-packs/${LOCALE}`);
  const packText = await pack.text();
  const recordings = Object.keys(JSON.parse(packText).recordings).length;
  const bytes = Buffer.byteLength(packText) + recordings * audio.length;
  figure(`language pack of ${LOCALE}, every one of ${recordings} prompts recorded (${PROMPT_MS / 1000} s each, 24 kbit/s)`,
    bytes / MB, 'MB', { budget: '≤ 5 MB', met: bytes <= 5 * MB });
  figure('one recorded second, WebM/Opus at 24 kbit/s', audio.length / (PROMPT_MS / 1000) / 1024, 'KB');
}
{
  const { context, page } = await openPage(browser);
  await page.goto(BASE);
  await until(page, async (locale) => {
    const kept = await (await caches.match(`/api/v1/language-packs/${locale}`))?.json();
    if (!kept || Object.keys(kept.recordings).length === 0) return false;
    const cache = await caches.open('evne-packs');
    const audio = (await cache.keys()).filter((r) => r.url.includes(`/language-packs/${locale}/recordings/`));
    return audio.length === Object.keys(kept.recordings).length;
  }, LOCALE, 120000);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  await page.click(`[data-locale="${LOCALE}"]`);
  await page.waitForSelector('[data-speak="consent-question"]');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const ids = ['step-consent', 'consent-purpose', 'consent-question'];
  const taps = [];
  for (let i = 0; i < (quick ? 6 : 30); i++) {
    taps.push(await page.evaluate(async (id) => {
      const button = document.querySelector(`[data-speak="${id}"]`);
      const playing = new Promise((resolve) => document.addEventListener('playing', resolve, { capture: true, once: true }));
      const t0 = performance.now();
      button.click();
      await playing;
      const ms = performance.now() - t0;
      document.getElementById('read-aloud')?.pause();
      return ms;
    }, ids[i % ids.length]));
  }
  figure('tap to sound, offline, recorded prompt (4× CPU), median', pct(taps, 50), 'ms');
  figure('tap to sound, offline, recorded prompt (4× CPU), p95', pct(taps, 95), 'ms', { budget: '≤ 150 ms', met: pct(taps, 95) <= 150 });
  await context.close();
}
await browser.close();
