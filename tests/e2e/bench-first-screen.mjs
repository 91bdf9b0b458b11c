// `cargo xtask bench`'s figures per engine: what the first screen fetches, in Chromium
// (playwright-core) and in WebKit (WebKitGTK through WebKitWebDriver, named in WEBKIT_DRIVER),
// side by side. A fresh browser with no service worker, on the demo server (EVNE_URL), until
// the language screen is usable: how many requests, how many bytes over the wire (resource
// timing's transferSize: compressed, headers included), and how many files were fetched more
// than once. What the registration app, which loads behind the first screen, asks for (its
// files under /app/, the locale files, the API) is left out: an engine that got further by
// then would count more. Prints one JSON line per figure, as bench.mjs does.
import { BASE, launch } from './helpers.mjs';
import { session, waitFor } from './webkit/driver.mjs';

const KB = 1024;
const USABLE = '[data-locale="ti"]:not([disabled])';
const ENTRIES = `return [performance.getEntriesByType("navigation")[0], ...performance.getEntriesByType("resource")]
  .map((e) => ({ name: e.name, bytes: e.transferSize || 0 }))`;

const figure = (name, value, unit) => console.log(JSON.stringify({ figure: name, value, unit, floor: null, ratio: null, budget: null, met: null }));

function report(engine, entries) {
  const behind = ['/app/', '/locales/', '/api/'];
  const first = entries.filter((e) => !behind.some((p) => new URL(e.name).pathname.startsWith(p)));
  const names = first.map((e) => e.name);
  const twice = names.filter((n, i) => names.indexOf(n) !== i).length;
  figure(`first screen requests, ${engine}`, first.length, 'requests');
  figure(`first screen over the wire, ${engine}`, first.reduce((s, e) => s + e.bytes, 0) / KB, 'KB');
  figure(`first screen files fetched more than once, ${engine}`, twice, 'files');
}

{
  const browser = await launch();
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${BASE}/`);
  await page.waitForSelector(USABLE);
  report('Chromium', await page.evaluate(`(() => { ${ENTRIES} })()`));
  await browser.close();
}

if (process.env.WEBKIT_DRIVER) {
  const d = await session();
  try {
    // No service worker yet in a fresh session: every file comes from the network.
    await d.get(`${BASE}/`);
    await waitFor(d, USABLE);
    report('WebKit', await d.executeScript(ENTRIES));
  } finally {
    await d.quit();
  }
}
process.exit(0);
