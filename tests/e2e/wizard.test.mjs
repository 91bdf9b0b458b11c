// The resident's wizard end to end: every section filled in Tigrinya and in Arabic and stored
// on the server exactly (codes, not labels); a language switch keeps every answer; a paused
// registration is put aside and comes back only with its code; read-aloud appears exactly when
// the device can speak the locale; axe-core finds no WCAG violation on any step (nb and ar).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { BASE, launch, openPage, screenshot, message, login, enrol, start, goTo } from './helpers.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const STEPS = ['person', 'languages', 'education', 'work', 'skills', 'wishes', 'review'];

/// Picks `value` in a one-of field (large buttons).
const choose = (page, field, value) => page.click(`[data-field="${field}"] [data-value="${value}"]`);
const rate = (page, lang, skill, level) =>
  page.click(`[data-language="${lang}"] [data-skill="${skill}"] [data-level="${level}"]`);

/// Fills every section as a resident would, taking screenshots of each step.
async function fillEverything(page, p, shots) {
  await page.fill('#given-name', p.given);
  await page.fill('#family-name', p.family);
  await page.fill('#latin-name', p.latin);
  await page.fill('#year', '1988');
  await choose(page, 'gender', 'female');
  await page.selectOption('#origin', p.country);
  await page.selectOption('#citizenship', p.country);
  await page.fill('#case-number', '2019 123456 01');
  await page.fill('#phone', '+47 912 34 567');
  await screenshot(page, `${shots}-1-person`);

  await goTo(page, 'languages');
  await page.check(`input[name="languages"][value="${p.lang}"]`);
  await page.check(`[data-language="${p.lang}"] input[name="mother-tongue"]`);
  for (const skill of ['understanding', 'speaking', 'reading', 'writing']) await rate(page, p.lang, skill, 'c2');
  await rate(page, 'nb', 'understanding', 'a1');
  await rate(page, 'en', 'speaking', 'b1');
  await page.check('input[name="scripts"][value="latn"]');
  await page.check(`input[name="scripts"][value="${p.script}"]`);
  await choose(page, 'literacy', 'good');
  await screenshot(page, `${shots}-2-languages`);

  await goTo(page, 'education');
  await page.click('[data-action="add-education"]');
  await choose(page, 'education-0-level', '3');
  await page.selectOption('#education-0-field', '07');
  await page.fill('#education-0-institution', p.school);
  await page.selectOption('#education-0-country', p.country);
  await page.fill('#education-0-start', '2003');
  await page.fill('#education-0-end', '2006');
  await choose(page, 'education-0-completed', 'yes');
  await choose(page, 'education-0-documents', 'no');
  await screenshot(page, `${shots}-3-education`);

  await goTo(page, 'work');
  await page.click('[data-action="add-work"]');
  await page.fill('#work-0-occupation-search', 'Skredder'); // Norwegian works in any locale
  await page.click('.matches [data-value="tailor"]');
  await page.fill('#work-0-title', p.title);
  await page.selectOption('#work-0-country', p.country);
  await page.fill('#work-0-start', '2007');
  await page.fill('#work-0-end', '2015');
  await page.fill('#work-0-years', '8');
  await choose(page, 'work-0-employment', 'self-employed');
  await page.fill('#work-0-tasks', p.tasks);
  await page.fill('#work-0-tools', 'Singer');
  await screenshot(page, `${shots}-4-work`);

  await goTo(page, 'skills');
  await page.check('input[name="licences"][value="b"]');
  await choose(page, 'digital', 'everyday');
  await page.click('[data-action="add-certificate"]');
  await page.fill('#certificate-0', p.certificate);
  await page.fill('#crafts', p.crafts);
  await page.fill('#volunteer', p.volunteer);
  await screenshot(page, `${shots}-5-skills`);

  await goTo(page, 'wishes');
  await page.fill('#wish-search', 'tailor'); // English too
  await page.click('.matches [data-value="tailor"]');
  await page.fill('#wished-education', p.wish);
  await page.selectOption('#region', '46');
  await choose(page, 'availability', 'now');
  await page.fill('#planning-notes', p.planning);
  await screenshot(page, `${shots}-6-wishes`);

  await goTo(page, 'review');
  await screenshot(page, `${shots}-7-review`);
}

/// The profile the server stored must be what was entered, as codes.
function assertStored(profile, p) {
  const t = (text) => ({ text, lang: p.locale });
  assert.deepEqual(profile.person, {
    given_name: t(p.given), family_name: t(p.family), latin_name: p.latin, year_of_birth: 1988,
    gender: 'female', origin: p.country, citizenship: p.country, centre: profile.person.centre,
    case_number: '201912345601', phone: '+4791234567',
  });
  assert.ok(profile.person.centre);
  const c2 = { understanding: 'c2', speaking: 'c2', reading: 'c2', writing: 'c2' };
  assert.deepEqual(profile.languages, {
    entries: [
      { code: p.lang, mother_tongue: true, ...c2 },
      { code: 'nb', understanding: 'a1' },
      { code: 'en', speaking: 'b1' },
    ],
    scripts: ['latn', p.script],
    literacy: 'good',
  });
  assert.deepEqual(profile.education, [{
    level: '3', field: '07', country: p.country, start_year: 2003, end_year: 2006,
    completed: true, documents: false, institution: t(p.school),
  }]);
  assert.deepEqual(profile.work, [{
    occupation: { kind: 'curated', id: 'tailor' }, title: t(p.title), country: p.country,
    start_year: 2007, end_year: 2015, years: 8, employment: 'self-employed',
    tasks: t(p.tasks), tools: t('Singer'),
  }]);
  assert.deepEqual(profile.skills, {
    licences: ['b'], digital: 'everyday', certificates: [t(p.certificate)],
    crafts: t(p.crafts), volunteer: t(p.volunteer),
  });
  assert.deepEqual(profile.wishes, {
    occupations: [{ kind: 'curated', id: 'tailor' }], education: t(p.wish), region: '46',
    availability: 'now', planning_notes: t(p.planning),
  });
  assert.deepEqual(profile.consent.scopes, ['registration', 'municipality']);
  assert.equal(profile.consent.lang, p.locale);
  assert.equal(profile.consent.by, 'self');
}

const PEOPLE = {
  ti: {
    locale: 'ti', lang: 'ti', script: 'ethi', country: 'ER', given: 'ሰላም', family: 'ተስፋይ',
    latin: 'Selam Tesfay', school: 'ቤት ትምህርቲ ኣስመራ', title: 'ሰፋይት', tasks: 'ክዳውንቲ ሰፊየ',
    certificate: 'ኮርስ ኮምፒተር', crafts: 'ምስፋይ', volunteer: 'ኣብ ቤተ ክርስትያን', wish: 'ኮርስ ቋንቋ',
    planning: 'ክልተ ቆልዑ ኣለዉኒ',
  },
  ar: {
    locale: 'ar', lang: 'ar', script: 'arab', country: 'SY', given: 'سارا', family: 'أحمد',
    latin: 'Sara Ahmad', school: 'مدرسة حلب', title: 'خياطة', tasks: 'خياطة الملابس',
    certificate: 'دورة حاسوب', crafts: 'تطريز', volunteer: 'مساعدة الجيران', wish: 'دورة لغة',
    planning: 'لدي طفلان',
  },
};

for (const locale of ['ti', 'ar']) {
  test(`a full registration in ${locale}: every section, stored exactly as entered`, async () => {
    const p = PEOPLE[locale];
    const { context, page, problems } = await openPage(browser);
    await page.goto(`${BASE}/`);
    await page.waitForSelector('[data-locale="en"]');
    await enrol(page);
    await page.click(`[data-locale="${locale}"]`);
    await screenshot(page, `wizard-${locale}-0-consent`);
    await page.click('[data-action="consent-yes"]');
    await page.waitForSelector('[data-step="person"]');
    await fillEverything(page, p, `wizard-${locale}`);
    assert.equal(await page.locator('.review-errors').count(), 0, 'nothing missing');
    await page.click('button[type="submit"]');
    await page.waitForSelector('[data-status="sent"]', { timeout: 30_000 });
    await page.waitForSelector('[data-action="print"]');
    await screenshot(page, `wizard-${locale}-8-done`);
    // The printed copy: on paper only, in the person's language and in Norwegian.
    assert.equal(await page.isVisible('.print-summary'), false);
    await page.emulateMedia({ media: 'print' });
    await page.waitForSelector('.print-copy[lang="nb"]', { state: 'attached' });
    const copies = await page.$$eval('.print-copy', (els) => els.map((e) => [e.lang, e.textContent]));
    assert.deepEqual(copies.map(([l]) => l), [locale, 'nb']);
    for (const [, text] of copies) assert.ok(text.includes(p.given) && text.includes(p.school));
    assert.ok(copies[1][1].includes(message('nb', 'step-work')));
    await screenshot(page, `wizard-${locale}-9-printed`);
    await page.emulateMedia({ media: 'screen' });

    const cookie = await login('demo-settlement-officer');
    const all = await (await fetch(`${BASE}/api/v1/registrations`, { headers: { cookie } })).json();
    const mine = all.filter((r) => r.profile.person.latin_name === p.latin
      && r.profile.person.given_name.text === p.given);
    assert.equal(mine.length, 1);
    assertStored(mine[0].profile, p);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('switching language mid-form keeps every answer', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${BASE}/`);
  await start(page, 'ti');
  await page.fill('#given-name', 'ሰላም');
  await page.fill('#year', '1990');
  await goTo(page, 'languages');
  await rate(page, 'nb', 'reading', 'a2');
  await page.click('.page-head button:not([data-action])'); // change language
  await page.click('[data-locale="ar"]');
  await page.waitForSelector('html[lang="ar"][dir="rtl"]');
  await page.waitForSelector('[data-step="languages"]');
  assert.equal(await page.getAttribute('[data-language="nb"] [data-skill="reading"] [data-level="a2"]', 'aria-checked'), 'true');
  await goTo(page, 'person');
  assert.equal(await page.inputValue('#given-name'), 'ሰላም');
  assert.equal(await page.inputValue('#year'), '1990');
  // Bilingual mode, for staff beside the person: Norwegian under each question.
  assert.equal(await page.locator('.nb').count(), 0);
  await page.click('[data-action="bilingual"]');
  await page.waitForSelector('.nb');
  const norwegian = await page.locator('.label .nb').allTextContents();
  assert.ok(norwegian.includes(message('nb', 'field-given-name')), norwegian.join('|'));
  await screenshot(page, 'wizard-ar-bilingual');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a registration left idle is paused, hidden, and resumed only with its code', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.clock.install();
  await page.goto(`${BASE}/`);
  await start(page, 'nb');
  const code = await page.getAttribute('[data-resume-code]', 'data-resume-code');
  assert.match(code, /^\d{4}$/);
  await page.fill('#given-name', 'Pause Test');
  await page.waitForSelector('[data-status="draft"]');

  await page.clock.fastForward('11:00');
  await page.waitForSelector('.language-page');
  assert.equal(await page.locator('#given-name').count(), 0, 'nothing of it on show');

  // The next person starts a fresh registration; the paused one is untouched.
  await start(page, 'en');
  assert.equal(await page.inputValue('#given-name'), '');
  await page.click('.page-head button:not([data-action])');
  await page.click('[data-action="resume"]');
  const wrong = code === '0000' ? '1111' : '0000';
  await page.fill('#resume-code', wrong);
  await page.click('[data-action="resume-submit"]');
  await page.waitForSelector('.resume-form .form-error');
  assert.equal(await page.textContent('.resume-form .form-error'), message('en', 'resume-wrong-code'));
  await page.fill('#resume-code', code);
  await page.click('[data-action="resume-submit"]');
  await page.waitForSelector('[data-step="person"]');
  assert.equal(await page.inputValue('#given-name'), 'Pause Test');
  assert.equal(await page.getAttribute('html', 'lang'), 'nb');
  assert.deepEqual(problems, []);
  await context.close();
});

test('read-aloud: hidden without a voice, speaks the message with the device voice', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${BASE}/`);
  await start(page, 'ti');
  assert.equal(await page.locator('.speak').count(), 0, 'no Tigrinya voice here, no broken button');
  await context.close();

  const spoken = await openPage(browser);
  // A device with a Tigrinya voice: the app must find it and speak through it.
  await spoken.context.addInitScript(() => {
    window.evneSpoken = [];
    const voice = { lang: 'ti-ER', name: 'Tigrinya', default: false, localService: true, voiceURI: 'ti' };
    Object.setPrototypeOf(voice, SpeechSynthesisVoice.prototype);
    Object.defineProperty(speechSynthesis, 'getVoices', { value: () => [voice] });
    Object.defineProperty(speechSynthesis, 'speak', {
      value: (u) => window.evneSpoken.push({ text: u.text, lang: u.lang }),
    });
  });
  const p2 = spoken.page;
  await p2.goto(`${BASE}/`);
  await p2.waitForSelector('[data-locale="ti"]');
  await p2.click('[data-locale="ti"] + .speak');
  await p2.click('[data-locale="ti"]');
  await p2.click('[data-action="consent-yes"]');
  await p2.waitForSelector('[data-step="person"]');
  await p2.click('[data-speak="field-given-name"]');
  const said = await p2.evaluate(() => window.evneSpoken);
  assert.deepEqual(said, [
    { text: 'ትግርኛ', lang: 'ti-ER' },
    { text: message('ti', 'field-given-name'), lang: 'ti-ER' },
  ]);
  assert.deepEqual(problems, []);
  assert.deepEqual(spoken.problems, []);
  await spoken.context.close();
});

/// axe-core's WCAG 2.x A/AA violations on the page as it is.
async function violations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

for (const locale of ['nb', 'ar']) {
  test(`axe-core finds no WCAG 2.2 AA violation on any step (${locale})`, async () => {
    // axe is injected as a script: allowed for this test only.
    const { context, page, problems } = await openPage(browser, { bypassCSP: true });
    await page.goto(`${BASE}/`);
    await page.waitForSelector('[data-locale="en"]');
    const found = { language: await violations(page) };
    await page.click(`[data-locale="${locale}"]`);
    await page.waitForSelector('[data-action="consent-yes"]');
    found.consent = await violations(page);
    await page.click('[data-action="consent-yes"]');
    for (const step of STEPS) {
      await goTo(page, step);
      if (step === 'education') await page.click('[data-action="add-education"]');
      if (step === 'work') await page.click('[data-action="add-work"]');
      found[step] = await violations(page);
    }
    for (const [step, v] of Object.entries(found)) assert.deepEqual(v, [], `${locale} ${step}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
