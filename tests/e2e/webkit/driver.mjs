// WebKit, as on an iPad: Debian's WebKitGTK (MiniBrowser) through its own WebDriver
// (WebKitWebDriver, classic WebDriver), which `cargo xtask test` starts under Xvfb and names
// in WEBKIT_DRIVER. selenium-webdriver only speaks to it: nothing is downloaded.
//
// The app is loaded through a small proxy of this process in front of the server, so that a
// test can take the network away (`proxy.offline = true`): WebDriver has no offline switch.
import { Builder, By, until } from 'selenium-webdriver';
import { createServer, request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SERVER = process.env.EVNE_URL ?? 'http://127.0.0.1:8080';
export const ARTIFACTS = process.env.EVNE_ARTIFACTS ?? 'artifacts/webkit';
mkdirSync(ARTIFACTS, { recursive: true });

/// An iPad's viewport (iPad Air, portrait, CSS pixels).
const IPAD = { width: 820, height: 1180 };

/// A WebKit session (a fresh browser) on an iPad-sized window. Starting one has been seen to
/// hang (MiniBrowser could not open the virtual display): it is given 60 s, then tried once
/// more, so that such a hang fails fast instead of taking the whole run's time.
export async function session() {
  for (let attempt = 1; ; attempt++) {
    try {
      return await within(60_000, start());
    } catch (e) {
      if (attempt >= 2) throw e;
      console.error(`WebKit session: ${e.message}; trying once more`);
    }
  }
}

async function start() {
  const url = process.env.WEBKIT_DRIVER;
  if (!url) throw new Error('WEBKIT_DRIVER is not set: run the WebKit suite with `cargo xtask test`');
  const driver = await new Builder()
    .usingServer(url)
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    })
    .build();
  await driver.manage().window().setRect({ x: 0, y: 0, ...IPAD });
  return driver;
}

/// `promise`, or an error after `ms`.
function within(ms, promise) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no session within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/// A proxy to the server on a port of its own; `offline` makes it drop every connection,
/// `inject` adds a script to the app's first page.
export async function proxy() {
  const target = new URL(SERVER);
  const state = { offline: false };
  const server = createServer((req, res) => {
    if (state.offline) return req.socket.destroy();
    if (state.inject && req.url === '/') return injected(req, res);
    const upstream = request({
      // The browser's own Host: the server checks it against Origin on every state change.
      host: target.hostname, port: target.port, method: req.method, path: req.url,
      headers: req.headers,
    }, (answer) => {
      res.writeHead(answer.statusCode, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => req.socket.destroy());
    req.pipe(upstream);
  });
  // A test page: the app's first page with `state.inject` run before any script of its own
  // (and without the page's CSP, which would refuse the added script).
  function injected(req, res) {
    const upstream = request({
      host: target.hostname, port: target.port, method: 'GET', path: '/',
      headers: { ...req.headers, 'accept-encoding': 'identity' },
    }, (answer) => {
      let html = '';
      answer.setEncoding('utf8');
      answer.on('data', (chunk) => { html += chunk; });
      answer.on('end', () => {
        const headers = { ...answer.headers };
        delete headers['content-security-policy'];
        delete headers['content-length'];
        res.writeHead(answer.statusCode, headers);
        res.end(html.replace('<head>', `<head><script>${state.inject}</script>`));
      });
    });
    upstream.on('error', () => req.socket.destroy());
    upstream.end();
  }
  server.on('connection', (socket) => {
    if (state.offline) socket.destroy();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    set offline(v) { state.offline = v; if (v) server.closeAllConnections(); },
    /// Script run first on the app's page (a browser made to lack something).
    set inject(script) { state.inject = script; },
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

export const css = (selector) => By.css(selector);

/// The element `selector` once it is there; on a timeout the screen is kept as an artefact.
export async function waitFor(driver, selector, ms = 20_000) {
  // An element replaced while it is being found (the first screen handing over to the
  // registration app) is looked for again.
  const located = async () => {
    try {
      return (await driver.findElements(By.css(selector)))[0] ?? false;
    } catch (e) {
      if (e.name === 'StaleElementReferenceError') return false;
      throw e;
    }
  };
  try {
    return await driver.wait(located, ms, `waiting for ${selector}`);
  } catch (e) {
    await screenshot(driver, `timeout-${selector.replace(/[^a-z0-9-]+/gi, '_')}`).catch(() => {});
    throw e;
  }
}

/// Does `act` on the element `selector`, found again if the page re-rendered it meanwhile and
/// brought out from under the sticky bar (what Playwright's actions do by themselves).
async function onElement(driver, selector, act) {
  for (let attempt = 0; ; attempt++) {
    const el = await waitFor(driver, selector);
    try {
      await driver.wait(until.elementIsEnabled(el), 10_000);
      return await act(el);
    } catch (e) {
      const retry = ['StaleElementReferenceError', 'ElementClickInterceptedError'].includes(e.name);
      if (!retry || attempt >= 20) throw e;
      // Under the sticky step bar: bring it to the middle of the screen first.
      if (e.name === 'ElementClickInterceptedError') {
        await driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', el);
      }
      await driver.sleep(100);
    }
  }
}

export function click(driver, selector) {
  return onElement(driver, selector, (el) => el.click());
}

export function fill(driver, selector, text) {
  return onElement(driver, selector, async (el) => {
    await el.clear();
    await el.sendKeys(text);
  });
}

/// Opens the app at `url` and waits until the registration app has taken over the first
/// screen (which the small first wasm draws before it).
export async function home(driver, url) {
  await driver.get(`${url}/`);
  await waitFor(driver, 'main[data-app="evne"] .language-page');
}

export function attribute(driver, selector, name) {
  return onElement(driver, selector, (el) => el.getAttribute(name));
}

export async function screenshot(driver, name) {
  writeFileSync(join(ARTIFACTS, `${name}.png`), Buffer.from(await driver.takeScreenshot(), 'base64'));
}

/// Runs an async function in the page and returns what it resolves to.
export function inPage(driver, body, ...args) {
  return driver.executeAsyncScript(
    `const done = arguments[arguments.length - 1];
     (async (...args) => { ${body} })(...Array.from(arguments).slice(0, -1))
       .then(done, (e) => done({ error: String(e) }));`,
    ...args,
  );
}
