// Every locale, every step of the wizard: no raw message id or Fluent error marker on screen,
// `lang` and `dir` right, no label or button whose text overflows its box; a screenshot per
// locale and step (target/e2e-artifacts/locales/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, ARTIFACTS, launch, openPage, goTo } from './helpers.mjs';

const ROOT = new URL('../../locales/', import.meta.url);
const TOML = readFileSync(new URL('languages.toml', ROOT), 'utf8');
const LOCALES = [...TOML.matchAll(/code = "([a-z]+)"\s+endonym = "[^"]+"\s+direction = "(ltr|rtl)"/g)]
  .map((m) => ({ code: m[1], dir: m[2] }));
const IDS = new Set(readdirSync(new URL('nb/', ROOT)).flatMap((f) =>
  readFileSync(new URL(`nb/${f}`, ROOT), 'utf8').split('\n')
    .map((l) => l.match(/^([a-z][a-z0-9-]*) =/)?.[1]).filter(Boolean)));
const STEPS = ['person', 'languages', 'education', 'work', 'skills', 'wishes', 'review'];
const SHOTS = join(ARTIFACTS, 'locales');
mkdirSync(SHOTS, { recursive: true });

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/// What is wrong with the screen as it is: raw ids, Fluent markers, overflowing text.
async function problemsOnScreen(page) {
  const { text, overflowing } = await page.evaluate(() => {
    const boxes = document.querySelectorAll('button, label, legend, .label, .choice, h1, h2, .hint, p');
    const overflowing = [...boxes]
      .filter((el) => el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent.trim().slice(0, 40)}`);
    return { text: document.body.innerText, overflowing };
  });
  const raw = text.split(/[\s,.:;()]+/).filter((w) => IDS.has(w) && w.includes('-'));
  const markers = text.match(/\{|\}|\?\?\?/g) ?? [];
  return [...raw.map((w) => `raw id ${w}`), ...markers.map((m) => `Fluent marker ${m}`),
    ...overflowing.map((o) => `overflow ${o}`)];
}

for (const { code, dir } of LOCALES) {
  test(`${code}: every step reads right (${dir})`, async () => {
    const { context, page, problems } = await openPage(browser);
    await page.goto(`${BASE}/`);
    await page.click(`[data-locale="${code}"]`);
    await page.waitForSelector(`html[lang="${code}"][dir="${dir}"]`);
    await page.waitForSelector('[data-action="consent-yes"]');
    const found = { consent: await problemsOnScreen(page) };
    await page.screenshot({ path: join(SHOTS, `${code}-0-consent.png`), fullPage: true });
    await page.click('[data-action="consent-yes"]');
    for (const [i, step] of STEPS.entries()) {
      await goTo(page, step);
      if (step === 'education') await page.click('[data-action="add-education"]');
      if (step === 'work') await page.click('[data-action="add-work"]');
      if (step === 'review') await page.click('button[type="submit"]'); // shows what is missing
      found[step] = await problemsOnScreen(page);
      assert.equal(await page.getAttribute('html', 'lang'), code);
      assert.equal(await page.getAttribute('html', 'dir'), dir);
      await page.screenshot({ path: join(SHOTS, `${code}-${i + 1}-${step}.png`), fullPage: true });
      if (step === 'review') await goTo(page, 'review');
    }
    for (const [step, p] of Object.entries(found)) assert.deepEqual(p, [], `${code} ${step}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
