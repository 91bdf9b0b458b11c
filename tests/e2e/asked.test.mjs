// "My language is not here": a resident whose language the app lacks chooses it on the
// tablet; the tablet counts it (the language only) and its next status report carries it; the
// centre's staff see that an interpreter is needed, and officers see it for the country.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, openPage, screenshot, login, enrol, message, staffLogin } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function asked(cookie) {
  return (await fetch(`${BASE}/api/v1/asked-languages`, { headers: { cookie } })).json();
}

test('a resident asks for Oromo; the tablet reports it and staff see an interpreter is needed', async () => {
  const staff = await login('demo-reception-staff');
  const before = (await asked(staff)).find((a) => a.language === 'om')?.count ?? 0;

  const { context, page, problems } = await openPage(browser);
  await page.goto(`${BASE}/`);
  await page.waitForSelector('main[data-app="evne"] .language-page');
  await enrol(page);
  // The button's words in every language of the app, as the heading's.
  const below = (lang) => page.textContent(`.missing-link + .language-titles span[lang="${lang}"]`);
  assert.equal(await below('ti'), message('ti', 'language-missing'));
  assert.equal(await below('ar'), message('ar', 'language-missing'));
  await page.evaluate(() => document.querySelector('.missing-link').scrollIntoView());
  await screenshot(page, 'missing-language-button', false);
  // A tap on the words in one's own language opens it as the button does.
  await page.click('.missing-link + .language-titles span[lang="ti"]');
  await page.waitForSelector('.missing-language [data-asked="om"]');
  assert.equal(await page.locator('.missing-language [data-asked="ar"]').count(), 0, 'the app has Arabic');
  // Written in itself (CLDR), with its English name.
  assert.equal(await page.textContent('[data-asked="om"] .endonym'), 'Oromoo');
  assert.equal(await page.textContent('[data-asked="om"] .english'), 'Oromo');
  assert.equal(await page.textContent('[data-asked="tig"] .endonym'), 'Tigre', 'no CLDR locale: English');
  await screenshot(page, 'missing-language-list', false);
  await page.click('[data-asked="om"]');
  await page.waitForSelector('.missing-language[data-noted="true"]');
  assert.match(await page.textContent('.missing-language'), /interpreter/);
  await screenshot(page, 'missing-language-noted', false);
  await page.click('[data-action="missing-back"]');
  await page.waitForSelector('.language-page');

  // The next status report carries the count; nothing else about the person.
  let now = before;
  for (let i = 0; i < 60 && now === before; i++) {
    await new Promise((r) => setTimeout(r, 500));
    now = (await asked(staff)).find((a) => a.language === 'om')?.count ?? 0;
  }
  assert.equal(now, before + 1);
  assert.equal(await page.evaluate(() => localStorage.getItem('evne-asked-languages')), null, 'counted once: the tablet keeps nothing');
  await context.close();

  const desk = await openPage(browser);
  await staffLogin(desk.page, 'demo-reception-staff');
  await desk.page.waitForSelector('.asked-languages tr[data-asked="om"]');
  assert.match(await desk.page.textContent('.asked-languages tr[data-asked="om"]'), /oromo/i);
  await desk.page.evaluate(() => document.querySelector('.asked-languages').scrollIntoView());
  await screenshot(desk.page, 'staff-asked-languages', false);
  const officer = await login('demo-settlement-officer');
  const national = (await asked(officer)).find((a) => a.language === 'om');
  assert.ok(national.count >= 1 && national.centres >= 1);
  assert.deepEqual([...problems, ...desk.problems], []);
  await desk.context.close();
});
