// Evne's service worker: keeps the app shell so that the app starts with no network.
// BUILD is replaced by `cargo xtask` after each build, so that a new build is a new worker
// that precaches the whole new shell before it takes over (no mixing of old and new files).
const BUILD = "__EVNE_BUILD__";
const CACHE = `evne-shell-${BUILD}`;
const SHELL = [
  "/",
  "/index.html",
  "/style.css",
  "/fonts.css",
  "/manifest.webmanifest",
  "/icons/icon.svg",
  "/pictograms.svg",
  // Web fonts for the Ge'ez- and Arabic-script locales (static/fonts/): precached so that a
  // locale chosen offline still renders, though a page only fetches them for those locales.
  "/fonts/evne-ethiopic-regular.woff2",
  "/fonts/evne-ethiopic-bold.woff2",
  "/fonts/evne-arabic-regular.woff2",
  "/fonts/evne-arabic-bold.woff2",
];
// The apps' code: the first screen, the registration app (/app/) and wasm-bindgen's
// snippets, listed here by `cargo xtask` at build time.
const CODE = [] /* __EVNE_CODE_FILES__ */;
// Every locale's Fluent files (/locales/<code>/*.ftl), listed here by `cargo xtask` at build
// time, so that any language can be chosen offline.
const LOCALES = [] /* __EVNE_LOCALE_FILES__ */;

// A new version installs alongside the old one and waits: it takes over only when the app
// says so (between two residents), so an open registration is never cut off. The very first
// install has nothing to wait for.
self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL.concat(CODE, LOCALES))));
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      // The language packs (evne-packs) outlive a version: they are the reviewers' words.
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE && k !== "evne-packs").map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // The API is never cached: its answers carry personal data or acknowledgements.
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/api/")) return;
  // The staff screens are another app (dist/staff/), online only.
  if (url.pathname === "/staff" || url.pathname.startsWith("/staff/")) return;
  if (request.mode === "navigate") {
    // Any page of the app is the same shell.
    event.respondWith(
      caches.match("/index.html").then((cached) => cached || fetch(request)),
    );
    return;
  }
  event.respondWith(caches.match(request).then((cached) => cached || fetch(request)));
});
