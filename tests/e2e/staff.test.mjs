// The staff screens at /staff, against the demo data (synthetic residents of the demo centre):
// an officer searches, counts and records a settlement; the municipality sees the person only
// after that; a counsellor writes a note the officer then reads; an expired session comes back
// to the same place after logging in again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, openPage, screenshot, login, enrol, answerAndSubmit, staffLogin, until } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/// RFC 4180: quoted cells, doubled quotes, CRLF rows.
function parseCsv(text) {
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r') {}
    else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
    else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

/// `[path, value]` of every leaf, paths as the server's CSV names them (`work[0].title.text`).
function flatten(v, path = '', out = []) {
  if (Array.isArray(v)) v.forEach((x, i) => flatten(x, `${path}[${i}]`, out));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) flatten(x, path ? `${path}.${k}` : k, out);
  else out.push([path, typeof v === 'string' ? v : JSON.stringify(v)]);
  return out;
}

const total = async (page) => Number(await page.getAttribute('[data-total]', 'data-total'));

test('officer searches, counts with small cells suppressed, and settles; only then the municipality sees the person', async () => {
  const { context, page, problems } = await openPage(browser);
  await staffLogin(page, 'demo-settlement-officer');
  await page.waitForSelector('table.persons tbody tr');
  const all = await total(page);
  assert.ok(all >= 40, `demo data: ${all}`);
  await page.selectOption('#filter-lang', 'ar');
  await page.selectOption('#filter-lang-min', 'b1');
  await page.fill('#filter-age-min', '18');
  await page.click('[data-action="search"]');
  await page.waitForFunction((n) => Number(document.querySelector('[data-total]')?.dataset.total) !== n, all);
  const some = await total(page);
  assert.ok(some > 0 && some < all, `${some} of ${all}`);
  await screenshot(page, 'staff-officer-search');

  // Saved: the search comes back with one click, form and result alike.
  await page.fill('#search-name', 'Arabisk B1');
  await page.click('[data-action="save-search"]');
  await page.waitForSelector('[data-search="Arabisk B1"]');
  await page.selectOption('#filter-lang', '');
  await page.fill('#filter-age-min', '');
  await page.click('[data-action="search"]');
  await page.waitForFunction((n) => Number(document.querySelector('[data-total]')?.dataset.total) === n, all);
  await page.click('[data-search="Arabisk B1"] [data-action="run-search"]');
  await page.waitForFunction((n) => Number(document.querySelector('[data-total]')?.dataset.total) === n, some);
  assert.equal(await page.inputValue('#filter-lang'), 'ar');

  // Every filter the server knows is in the form, and they combine (never more persons).
  await page.selectOption('#filter-country', 'SY');
  await page.selectOption('#filter-literacy', 'some');
  await page.click('[data-action="search"]');
  await page.waitForFunction((n) => Number(document.querySelector('[data-total]')?.dataset.total) < n, some + 1);
  for (const id of ['isco', 'min-years', 'isced-min', 'field', 'lang', 'lang-min', 'literacy', 'licence', 'centre', 'country', 'age-min', 'age-max']) {
    assert.ok(await page.$(`#filter-${id}`), id);
  }
  await page.click('[data-search="Arabisk B1"] [data-action="run-search"]');
  await page.waitForFunction((n) => Number(document.querySelector('[data-total]')?.dataset.total) === n, some);

  // Sortable columns: born, youngest first, then oldest first.
  const born = () => page.$$eval('table.persons tbody tr td:nth-child(3)', (tds) => tds.map((td) => Number(td.textContent)));
  await page.click('[data-sort="age"]');
  await page.waitForSelector('th[aria-sort="ascending"] [data-sort="age"]');
  await page.waitForFunction(() => {
    const y = [...document.querySelectorAll('table.persons tbody tr td:nth-child(3)')].map((td) => Number(td.textContent));
    return y.every((v, i) => i === 0 || y[i - 1] >= v);
  });
  await page.click('[data-sort="age"]');
  await page.waitForSelector('th[aria-sort="descending"] [data-sort="age"]');
  await page.waitForFunction(() => {
    const y = [...document.querySelectorAll('table.persons tbody tr td:nth-child(3)')].map((td) => Number(td.textContent));
    return y.every((v, i) => i === 0 || y[i - 1] <= v);
  });
  const years = await born();
  assert.ok(years.length > 1 && years[0] <= years[years.length - 1], JSON.stringify(years));
  await page.click('[data-search="Arabisk B1"] [data-action="delete-search"]');
  await page.waitForSelector('[data-search="Arabisk B1"]', { state: 'detached' });

  await page.click('[data-action="stats"]');
  await page.waitForSelector('table.stats tbody tr');
  const cells = await page.$$eval('table.stats tbody tr', (rows) => rows.map((r) => ({
    suppressed: r.dataset.suppressed, count: r.children[1].textContent,
  })));
  assert.ok(cells.some((c) => c.suppressed === 'true' && c.count === '<5'), JSON.stringify(cells));
  assert.ok(cells.every((c) => c.suppressed === 'true' || Number(c.count) >= 5));
  assert.match(await page.getAttribute('[data-action="stats-csv"]', 'href'), /^data:text\/csv/);
  await screenshot(page, 'staff-officer-stats');
  // Any search filter narrows the count.
  const statsTotal = async () => (await page.textContent('[data-stats-total]')).trim();
  const everyone = await statsTotal();
  await page.click('.stats-filters summary');
  await page.selectOption('#filter-lang', 'ar');
  await page.selectOption('#filter-lang-min', 'c1');
  await page.click('[data-action="search"]');
  await page.waitForFunction((t) => document.querySelector('[data-stats-total]')?.textContent.trim() !== t, everyone);

  // Take the first person of the list, check the municipality cannot see them, then settle.
  await page.click('[data-action="list"]');
  await page.waitForSelector('table.persons tbody tr');
  const person = await page.getAttribute('table.persons tbody tr', 'data-person');
  const muni = await login('demo-municipality');
  const before = await (await fetch(`${BASE}/api/v1/persons/${person}`, { headers: { cookie: muni } })).status;
  assert.equal(before, 404);
  await page.click(`[data-person="${person}"] button`);
  await page.waitForSelector('.printable h2');
  await page.selectOption('#settle-municipality', 'org-municipality');
  await page.click('[data-action="settle"]');
  await page.waitForSelector('.status-line.sent');
  assert.equal(await page.textContent('[data-section="person"] h3'), 'Person', 'staff wording');
  await screenshot(page, 'staff-officer-person');
  await page.click('[data-action="handover"]');
  await page.waitForSelector(`table.handover [data-person="${person}"][data-opened="false"]`);
  assert.deepEqual(problems, []);

  // The municipality's inbox now has the person, marked new, readable, with exports.
  const m = await openPage(browser);
  await staffLogin(m.page, 'demo-municipality');
  await m.page.waitForSelector(`[data-person="${person}"]`);
  assert.equal(await m.page.locator(`[data-person="${person}"] .badge`).first().textContent(), 'Ny');
  await m.page.click(`[data-person="${person}"] button`);
  await m.page.waitForSelector('.printable [data-section="languages"]');
  assert.ok((await m.page.textContent('.printable')).length > 50);
  assert.ok(await m.page.getAttribute('a[href$="format=csv"]', 'download') !== null);
  await screenshot(m.page, 'staff-municipality-person');
  // The print view: A4, the profile alone (no buttons, no navigation).
  await m.page.emulateMedia({ media: 'print' });
  await m.page.setViewportSize({ width: 794, height: 1123 });
  assert.equal(await m.page.isVisible('.staff-nav'), false);
  await screenshot(m.page, 'staff-municipality-print');
  await m.page.emulateMedia({ media: 'screen' });

  // The CSV export, parsed back, holds exactly what the JSON export holds.
  const muniCookie = await login('demo-municipality');
  const exported = async (format) => fetch(`${BASE}/api/v1/persons/${person}/export?format=${format}`, { headers: { cookie: muniCookie } });
  const json = await (await exported('json')).json();
  const csv = parseCsv(await (await exported('csv')).text());
  assert.deepEqual(csv[0], ['field', 'value']);
  const fromCsv = new Map(csv.slice(1).map(([f, v]) => [f, v]));
  const leaves = flatten(json);
  assert.ok(leaves.length > 10, `${leaves.length} fields`);
  assert.equal(fromCsv.size, leaves.length);
  for (const [field, value] of leaves) {
    const unformula = /^[=+\-@]/.test(value) ? `'${value}` : value;
    assert.equal(fromCsv.get(field), unformula, field);
  }
  assert.deepEqual(m.problems, []);
  await m.context.close();

  // The officer's hand-over view now shows the municipality opened it.
  await page.click('[data-action="list"]');
  await page.click('[data-action="handover"]');
  await page.waitForSelector(`table.handover [data-person="${person}"][data-opened="true"]`);
  await screenshot(page, 'staff-officer-handover');
  await context.close();
});

test('an officer sees coverage nationally, for a county and a centre, week by week, and the CSV matches the table', async () => {
  const { context, page, problems } = await openPage(browser);
  await staffLogin(page, 'demo-settlement-officer');
  await page.click('[data-action="stats"]');
  await page.waitForSelector('table.coverage [data-coverage="national"]');
  const cells = async (key) => page.$$eval(`table.coverage [data-coverage="${key}"] td`, (tds) => tds.map((td) => td.textContent.trim()));
  const national = await cells('national');
  // The demo: 40 residents registered at the demo centre over the last year (fewer once an
  // earlier test settled one), 56 residents now.
  const registered = Number(national[2]);
  assert.ok(registered >= 35 && registered <= 40, national.join(' | '));
  assert.deepEqual(national.slice(3), ['56', `${Math.round((registered * 100) / 56)} %`]);
  const oslo = await cells('03');
  assert.equal(oslo[1], 'Oslo');
  assert.deepEqual(oslo.slice(2), national.slice(2));
  const centre = await cells('org-centre');
  assert.equal(centre[1], 'Demo reception centre');
  assert.deepEqual(centre.slice(2), national.slice(2));
  // The weekly line: a point for every week with a head count, and the 100 % target.
  const points = Number(await page.getAttribute('.coverage-chart polyline', 'data-points'));
  assert.ok(points >= 30, `${points} weeks drawn`);
  assert.equal(await page.locator('.coverage-chart line.target').count(), 1);
  // The CSV is the table.
  const href = await page.getAttribute('[data-action="coverage-csv"]', 'href');
  const csv = parseCsv(decodeURIComponent(href.replace(/^data:text\/csv;charset=utf-8,/, '')));
  const rows = await page.$$eval('table.coverage tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())));
  assert.deepEqual(csv.slice(1), rows);
  await screenshot(page, 'staff-officer-coverage');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a counsellor codes a free-text job title to ESCO occupations, searched on the server', async () => {
  const { context, page, problems } = await openPage(browser);
  await staffLogin(page, 'demo-counsellor');
  await page.waitForSelector('table.persons tbody tr');
  // A resident of the first page who wrote a job title of their own.
  const cookie = await login('demo-counsellor');
  const view = async (id) => (await fetch(`${BASE}/api/v1/persons/${id}`, { headers: { cookie } })).json();
  let person, job;
  for (const id of await page.$$eval('table.persons tbody tr', (rows) => rows.map((r) => r.dataset.person))) {
    const v = await view(id);
    job = v.profile.work?.findIndex((w) => w.title?.text);
    if (job >= 0) { person = id; break; }
  }
  assert.ok(person, 'the demo data has written job titles');
  await page.click(`[data-person="${person}"] button`);
  await page.waitForSelector('.esco form');
  await page.fill('#esco-title', 'phone repair');
  await page.click('[data-action="esco-search"]');
  await page.waitForSelector('.esco tbody tr[data-esco]');
  const first = page.locator('.esco tbody tr').first();
  assert.match(await first.textContent(), /mobile phone repair technician/);
  assert.match(await first.textContent(), /7422/);
  assert.match(await first.getAttribute('data-esco'), /^http:\/\/data\.europa\.eu\/esco\/occupation\//);
  assert.match(await page.textContent('.esco'), /ESCO, (European Commission|Europakommisjonen)/, 'the attribution');
  // Keep the first as the code of that job: the screen and the profile say so.
  await page.selectOption('#esco-job', String(job));
  await first.locator('[data-action="esco-keep"]').click();
  await page.waitForSelector(`.esco-coded [data-coded-job="${job}"]`);
  const coded = (await view(person)).job_codes;
  assert.deepEqual(coded.map((c) => [c.job, c.isco08]), [[job, '7422']]);
  await screenshot(page, 'staff-counsellor-esco');
  await page.click(`[data-coded-job="${job}"] [data-action="esco-remove"]`);
  await page.waitForFunction(() => !document.querySelector('.esco-coded'));
  assert.deepEqual((await view(person)).job_codes, []);
  // Words that match nothing say so, in the staff language.
  await page.fill('#esco-title', 'zzqqxx');
  await page.click('[data-action="esco-search"]');
  await page.waitForSelector('.esco [role="status"]');
  assert.equal(await page.locator('.esco tbody tr').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a counsellor writes a note that the officer reads; an expired session returns to the same place', async () => {
  const { context, page, problems } = await openPage(browser);
  await staffLogin(page, 'demo-counsellor');
  await page.waitForSelector('table.persons tbody tr');
  const person = await page.getAttribute('table.persons tbody tr', 'data-person');
  // Find the resident by part of the name, in any case.
  const name = (await page.textContent(`[data-person="${person}"] bdi`)).trim();
  const part = name.split(' ')[0].slice(0, 3).toUpperCase();
  await page.fill('#find-name', part);
  await page.click('[data-action="find"]');
  await page.waitForFunction((p) => [...document.querySelectorAll('table.persons tbody bdi')]
    .every((b) => b.textContent.toUpperCase().includes(p)), part);
  await page.waitForSelector(`[data-person="${person}"]`);
  await page.click(`[data-person="${person}"] button`);
  await page.waitForSelector('.note-form');
  const goal = `Goal ${Date.now()}`;
  await page.fill('#note-goals', goal);
  await page.fill('#note-language', 'Norsk B1');
  await page.click('[data-action="save-note"]');
  await page.waitForSelector(`.note:has-text("${goal}")`);
  // Edit it: the form fills with the note, and saving replaces it.
  await page.locator(`.note:has-text("${goal}") [data-action="edit-note"]`).click();
  await page.waitForSelector('.note-form[data-editing]');
  assert.equal(await page.inputValue('#note-goals'), goal);
  const edited = `${goal} (edited)`;
  await page.fill('#note-goals', edited);
  await page.click('[data-action="save-note"]');
  await page.waitForSelector(`.note:has-text("${edited}")`);
  await page.waitForSelector('.note-form:not([data-editing])');
  assert.equal(await page.locator(`.note:has-text("${goal}")`).count(), 1, 'replaced, not added');
  await screenshot(page, 'staff-counsellor-note');

  // The session is gone (expired, or ended elsewhere): log in again, and be back here.
  await context.clearCookies();
  await page.click('[data-action="list"]');
  await page.waitForSelector('#staff-username');
  assert.ok((await page.textContent('.staff-login')).includes('Logg inn'));
  await page.fill('#staff-username', 'demo-counsellor');
  await page.fill('#staff-password', 'evne-demo');
  await page.click('[data-action="login"]');
  await page.waitForSelector('table.persons tbody tr');
  assert.deepEqual(problems, []);
  await context.close();

  const officer = await login('demo-settlement-officer');
  const notes = await (await fetch(`${BASE}/api/v1/persons/${person}/notes`, { headers: { cookie: officer } })).json();
  assert.ok(notes.some((n) => n.goals === `${goal} (edited)`));
});

test('reception staff see their tablets\' queues and disconnect a lost one', async () => {
  const staff = await login('demo-reception-staff');
  const enrolled = await (await fetch(`${BASE}/api/v1/devices`, { method: 'POST', headers: { cookie: staff } })).json();
  const reported = await fetch(`${BASE}/api/v1/devices/status`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${enrolled.token}` },
    body: JSON.stringify({ queued: 2, oldest_queued_age_s: 600, last_error: 'offline', storage_persisted: false }),
  });
  assert.ok(reported.ok);

  const { context, page, problems } = await openPage(browser);
  await staffLogin(page, 'demo-reception-staff');
  const row = page.locator(`[data-device="${enrolled.id}"]`);
  await row.waitFor();
  assert.equal(await row.locator('[data-queued]').getAttribute('data-queued'), '2');
  assert.ok((await row.textContent()).includes('offline'));
  // Who of the centre registered: the demo residents, names and dates only.
  await page.waitForSelector('table.registered tbody tr');
  const registered = Number(await page.getAttribute('[data-registered]', 'data-registered'));
  assert.ok(registered >= 40);
  assert.equal(await page.locator('table.registered thead th').count(), 3);
  assert.equal(await page.locator('table.registered tbody tr').count(), 20, 'a page at a time');
  // The centre's head count gives those who have not registered yet.
  await page.fill('#centre-residents', String(registered + 15));
  await page.click('[data-action="save-residents"]');
  await page.waitForSelector('[data-not-yet]');
  const started = Number(await page.getAttribute('[data-started]', 'data-started'));
  assert.equal(Number(await page.getAttribute('[data-not-yet]', 'data-not-yet')), 15 - started);
  await screenshot(page, 'staff-reception-tablets');
  await row.locator('[data-action="revoke"]').click();
  await page.waitForSelector(`[data-device="${enrolled.id}"].revoked`);
  const again = await fetch(`${BASE}/api/v1/devices/status`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${enrolled.token}` },
    body: JSON.stringify({ queued: 0, oldest_queued_age_s: null, last_error: null, storage_persisted: true }),
  });
  assert.equal(again.status, 401, 'a disconnected tablet can do nothing');
  assert.deepEqual(problems, []);
  await context.close();
});

test('reception staff start an assisted registration on a tablet; the resident goes on bilingual; the code shows it sent', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(BASE);
  await page.waitForSelector('.language-page');
  await enrol(page);
  await staffLogin(page, 'demo-reception-staff');
  await page.click('[data-action="start-assisted"]');
  const code = await page.getAttribute('[data-code]', 'data-code');
  assert.match(code, /^[A-HJ-NP-Z2-9]{6}$/);
  await screenshot(page, 'staff-assisted-code');
  await page.click('[data-action="open-resident"]');
  await page.waitForSelector('.language-page');
  assert.equal(new URL(page.url()).search, '', 'the code leaves the address bar');
  const me = await page.evaluate(async () => (await fetch('/api/v1/me')).status);
  assert.equal(me, 401, 'no staff session stays on the tablet');

  await page.click('[data-locale="ti"]');
  assert.ok(await page.isChecked('#assisted'), 'a staff member helps: already ticked');
  await page.click('[data-action="consent-yes"]');
  await page.waitForSelector('[data-step="person"]');
  assert.equal(await page.getAttribute('[data-action="bilingual"]', 'aria-pressed'), 'true');
  await answerAndSubmit(page, { name: 'ሰላም', year: 1994, languages: ['ti'] });

  const staff = await login('demo-reception-staff');
  let mine;
  for (let i = 0; i < 40 && !mine?.finished_at; i++) {
    const list = await (await fetch(`${BASE}/api/v1/assisted`, { headers: { cookie: staff } })).json();
    mine = list.find((a) => a.code === code);
    if (!mine?.finished_at) await new Promise((r) => setTimeout(r, 250));
  }
  assert.ok(mine?.finished_at, `the registration arrived with its code: ${JSON.stringify(mine)}`);
  await staffLogin(page, 'demo-reception-staff');
  await page.waitForSelector(`[data-assisted="${code}"][data-status="staff-assisted-finished"]`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the staff screens are a wasm of their own: a tablet never downloads them', async () => {
  const bytes = async (path) => Buffer.from(await (await fetch(`${BASE}${path}`)).arrayBuffer());
  const first = await bytes('/evne-start_bg.wasm');
  const resident = await bytes('/app/evne_bg.wasm');
  const staff = await bytes('/staff/evne-staff_bg.wasm');
  for (const [name, wasm] of [['first screen', first], ['registration', resident], ['staff', staff]]) {
    assert.deepEqual([...wasm.subarray(0, 4)], [0, 0x61, 0x73, 0x6d], `${name}: a wasm module`);
  }
  assert.ok(staff.includes('staff-search-now'), 'the staff build has its screens');
  assert.ok(!resident.includes('staff-search-now'), 'the resident build has none of them');
  assert.ok(!first.includes('staff-search-now'), 'nor has the first screen');
  const sw = await (await fetch(`${BASE}/sw.js`)).text();
  assert.ok(!sw.includes('/staff/evne-staff'), 'not precached on tablets');
});

test('a shielded person is in no search or statistic of an ordinary officer, until lifted', async () => {
  const officer = await login('demo-settlement-officer');
  const admin = await login('demo-admin');
  const get = async (path) => (await fetch(`${BASE}/api/v1${path}`, { headers: { cookie: officer } })).json();
  const shield = (cookie, id, shielded) => fetch(`${BASE}/api/v1/persons/${id}/shielded`, {
    method: 'PUT', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ shielded }),
  });
  const first = await get('/persons?sort=oldest&page_size=1');
  const target = first.persons[0];
  const everyone = first.total;
  const counted = (await get('/stats?group=centre')).total;
  assert.equal((await shield(officer, target.id, true)).status, 204);

  const { context, page, problems } = await openPage(browser);
  await staffLogin(page, 'demo-settlement-officer');
  await page.waitForSelector('table.persons tbody tr');
  assert.equal(await total(page), everyone - 1);
  await page.fill('#filter-name', `${target.given_name} ${target.family_name}`);
  await page.click('[data-action="search"]');
  await page.waitForFunction((n) => Number(document.querySelector('[data-total]')?.dataset.total) < n, everyone - 1);
  assert.equal(await page.locator(`[data-person="${target.id}"]`).count(), 0);
  await page.click('[data-action="stats"]');
  await page.selectOption('#stats-group', 'centre');
  await page.waitForSelector('[data-stats-total]');
  assert.equal(Number(await page.getAttribute('[data-stats-total]', 'data-total')), counted - 1);
  assert.deepEqual(problems, []);
  await context.close();

  // An ordinary officer cannot lift it (they cannot see the person); an admin can.
  assert.equal((await shield(officer, target.id, false)).status, 404);
  assert.equal((await shield(admin, target.id, false)).status, 204);
  assert.equal((await get('/persons?page_size=1')).total, everyone);
});

test('an admin lets an officer see shielded persons in the staff app, and stops it', async () => {
  const officer = await login('demo-settlement-officer');
  const admin = await login('demo-admin');
  const get = async (path) => (await fetch(`${BASE}/api/v1${path}`, { headers: { cookie: officer } })).json();
  const shield = (id, shielded) => fetch(`${BASE}/api/v1/persons/${id}/shielded`, {
    method: 'PUT', headers: { cookie: admin, 'content-type': 'application/json' }, body: JSON.stringify({ shielded }),
  });
  const first = await get('/persons?sort=oldest&page_size=1');
  const everyone = first.total;
  assert.equal((await shield(first.persons[0].id, true)).status, 204);
  assert.equal((await get('/persons?page_size=1')).total, everyone - 1);

  const { context, page, problems } = await openPage(browser);
  await staffLogin(page, 'demo-admin');
  const row = '[data-user="demo-settlement-officer"][data-shielded]';
  await page.waitForSelector(`${row}[data-shielded="false"]`);
  await screenshot(page, 'staff-shield-rights');
  await page.click(`${row} [data-action="toggle-shield-rights"]`);
  await page.waitForSelector(`${row}[data-shielded="true"]`);
  assert.equal((await get('/persons?page_size=1')).total, everyone, 'the officer now sees the shielded person');
  await page.click(`${row} [data-action="toggle-shield-rights"]`);
  await page.waitForSelector(`${row}[data-shielded="false"]`);
  assert.equal((await get('/persons?page_size=1')).total, everyone - 1, 'and no more');
  assert.deepEqual(problems, []);
  await context.close();
  assert.equal((await shield(first.persons[0].id, false)).status, 204);
});

test('a registration under another person\'s case number moves no one; the officer keeps it apart or merges it', async () => {
  // Three residents register on one tablet with one case number (typos), under other names.
  const tablet = await openPage(browser);
  await tablet.page.goto(`${BASE}/`);
  await enrol(tablet.page);
  const cases = `2024${String(Date.now()).slice(-8)}`;
  const register = async (name, year) => {
    await tablet.page.click('[data-locale="nb"]');
    await tablet.page.click('[data-action="consent-yes"]');
    await tablet.page.waitForSelector('[data-step="person"]');
    await tablet.page.fill('#case-number', cases);
    await answerAndSubmit(tablet.page, { name, year, languages: ['nb'] });
    await tablet.page.waitForSelector('[data-status="sent"]');
    await tablet.page.click('[data-action="new-registration"]');
  };
  await register('Konfliktfri Eier', 1990);
  await register('Konflikt Tastefeil', 1985);
  await register('Konflikt Samme', 1991);
  await tablet.context.close();

  const officer = await login('demo-settlement-officer');
  const find = async (name) => (await (await fetch(`${BASE}/api/v1/persons?name=${encodeURIComponent(name)}`, { headers: { cookie: officer } })).json()).persons[0];
  const owner = await find('Konfliktfri Eier');
  const typo = await find('Konflikt Tastefeil');
  const same = await find('Konflikt Samme');
  assert.ok(owner && typo && same, 'three records');
  assert.equal(owner.versions, 1, 'the owner is untouched');
  assert.equal(typo.conflict, true);

  const { context, page, problems } = await openPage(browser);
  await staffLogin(page, 'demo-settlement-officer');
  const open = async (id) => {
    await page.fill('#filter-name', 'Konflikt');
    await page.click('[data-action="search"]');
    await page.waitForSelector(`[data-person="${id}"]`);
    await page.click(`[data-person="${id}"] button`);
    await page.waitForSelector(`[data-conflict-with="${owner.id}"]`);
  };
  // Another person: kept apart.
  await open(typo.id);
  await screenshot(page, 'staff-conflict');
  await page.click('[data-action="conflict-apart"]');
  await page.waitForSelector('.status-line.sent');
  assert.equal(await page.locator('[data-conflict-with]').count(), 0);
  await page.click('[data-action="back"]');
  // The same person: merged into the owner's record.
  await open(same.id);
  await page.click('[data-action="conflict-merge"]');
  await page.waitForSelector('table.persons');
  const merged = await (await fetch(`${BASE}/api/v1/persons/${owner.id}`, { headers: { cookie: officer } })).json();
  assert.equal(merged.versions, 2);
  assert.equal(merged.conflict, false);
  const apart = await (await fetch(`${BASE}/api/v1/persons/${typo.id}`, { headers: { cookie: officer } })).json();
  assert.equal(apart.conflict, false);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a language reviewer corrects a Tigrinya message; a wrong variable is named; the pack carries it', async () => {
  const { context, page, problems } = await openPage(browser);
  await staffLogin(page, 'demo-language-reviewer');
  await page.waitForSelector('.staff-review .review-editor');
  await page.selectOption('[data-field="review-locale"]', 'ti');
  await page.waitForSelector('.staff-review[data-locale="ti"] .review-editor');
  // The first message is on the first screen; the Tigrinya text is written left to right.
  assert.equal(await page.getAttribute('#review-text', 'lang'), 'ti');
  assert.equal(await page.getAttribute('#review-text', 'dir'), 'ltr');
  await page.click('li[data-message="step-of"] button');
  await page.waitForSelector('.review-editor[data-message="step-of"]');
  assert.match(await page.textContent('.review-source'), /\{ \$step \} av \{ \$steps \}/);

  // A text without the source's { $steps } is refused, and the problem is named.
  await page.fill('#review-text', 'ደረጃ { $step }');
  await page.click('[data-action="mark-reviewed"]');
  await page.waitForSelector('.review-editor .form-error');
  assert.match(await page.textContent('.review-editor .form-error'), /variabel|\$steps/);
  await page.evaluate(() => document.querySelector('h2').scrollIntoView());
  await screenshot(page, 'staff-review-refused', false);

  // Corrected, and kept with Ctrl+Enter: reviewed, and the pack for the tablets has it.
  await page.fill('#review-text', 'ደረጃ { $step } ካብ { $steps }');
  await page.press('#review-text', 'Control+Enter');
  await page.waitForSelector('.review-editor:not([data-message="step-of"])', { state: 'attached' });
  await page.click('li[data-message="step-of"] button');
  await page.waitForSelector('.review-editor[data-message="step-of"][data-state="staff-review-state-reviewed"]');
  assert.ok(await page.isVisible('text=En annen gjennomgår må godkjenne den'), 'one\'s own review is not approved by oneself');
  const pack = await (await fetch(`${BASE}/api/v1/language-packs/ti`)).json();
  assert.equal(pack.messages['step-of'], 'ደረጃ { $step } ካብ { $steps }');

  // Alt+↓ moves on; the filter shows only what is left to do.
  await page.press('#review-text', 'Alt+ArrowDown');
  await page.waitForSelector('.review-editor:not([data-message="step-of"])');
  await page.selectOption('[data-field="review-filter"]', 'staff-review-state-reviewed');
  await page.waitForSelector('.review-list li[data-message="step-of"]');
  assert.equal(await page.locator('.review-list li').count(), 1);

  // A label with a pictogram shows it, as the resident sees it beside the choice.
  await page.selectOption('[data-field="review-filter"]', '');
  await page.click('li[data-message="licence-b"] button');
  await page.waitForSelector('.review-editor[data-message="licence-b"] svg.pictogram[data-pictogram="p-licence-b"]');
  await page.evaluate(() => document.querySelector('.review-editor').scrollIntoView());
  await screenshot(page, 'staff-review-pictogram', false);

  // In Arabic the editor is written right to left.
  await page.selectOption('[data-field="review-locale"]', 'ar');
  await page.waitForSelector('.staff-review[data-locale="ar"] .review-editor');
  assert.equal(await page.getAttribute('#review-text', 'dir'), 'rtl');
  await page.evaluate(() => document.querySelector('h2').scrollIntoView());
  await screenshot(page, 'staff-review-ar', false);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a tablet keeps the reviewed words and shows them offline to the next resident', async () => {
  // A reviewer's correction (the polite plural kept, "now" added), through the API.
  const reviewer = await login('demo-language-reviewer');
  const reviewed = 'ሕጂ ክትምዝገቡ ትደልዩ ዲኹም?';
  const put = await fetch(`${BASE}/api/v1/review/ti/consent-question`, {
    method: 'PUT',
    headers: { cookie: reviewer, 'content-type': 'application/json' },
    body: JSON.stringify({ text: reviewed }),
  });
  assert.equal(put.status, 200);

  const { context, page, problems } = await openPage(browser);
  await page.goto(`${BASE}/`);
  // The registration app fetches the packs in the background, once it has taken over.
  await until(page, async (text) => {
    const kept = await caches.match('/api/v1/language-packs/ti');
    return kept && (await kept.json()).messages['consent-question'] === text;
  }, reviewed);
  assert.equal(await page.locator(`text=${reviewed}`).count(), 0, 'nothing changes under a person');

  // Offline, the next resident who chooses Tigrinya reads the reviewed words.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  await page.click('[data-locale="ti"]');
  await page.waitForSelector('[data-action="consent-yes"]');
  await page.waitForSelector(`text=${reviewed}`);
  await screenshot(page, 'tablet-reviewed-words-offline', false);
  assert.deepEqual(problems, []);
  await context.close();
});
