// Frontline's service worker: pages a trainee has opened or kept stay readable offline, and the
// forms sent while offline (a lesson marked read, a quiz submitted) wait on the phone until the
// network returns. Hand-written, no library. The server writes the release in place of RELEASE,
// so every build installs a new worker, which removes the caches of the one before.
'use strict';
const RELEASE = '__RELEASE__';
const STATIC = 'frontline-static-' + RELEASE;
// Kept across releases: the pages one has kept, and the work that waits to be sent.
const PAGES = 'frontline-pages';
const OUTBOX = 'frontline-outbox';
const KEPT = '/__offline/kept'; // which modules are kept, and their pages: a JSON entry in PAGES
const ASSETS = ['/offline.js', '/favicon.svg', '/icons/icon-192.png', '/icons/icon-512.png'];
// Pages of one's own learning and the referral directory, kept when opened (never admin or
// authoring pages).
const READABLE = /^\/(learning|account|referrals(\/sheet)?|learn\/\d+(\/lessons\/\d+)?|attempts\/\d+|certificates\/[\w-]+)?$/;
const QUEUED = ['/api/learning/mark_read', '/api/learning/submit'];
const SIGN_IN = '/api/auth/sign_in', SIGN_OUT = '/api/auth/sign_out';

// Nothing is fetched ahead at install: a first visit downloads only what its pages show, and the
// styles and scripts are kept as they pass (the second page of a visit already goes through here).
self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names
      .filter((n) => n.startsWith('frontline-') && n !== STATIC && n !== PAGES && n !== OUTBOX)
      .map((n) => caches.delete(n))))
    .then(() => self.clients.claim())
    .then(() => metered() || refresh()));
});

// The browser says the connection costs money or data is to be saved: nothing is fetched ahead.
function metered() {
  const c = self.navigator.connection;
  return !!c && (c.saveData || c.type === 'cellular');
}

// A new release: the kept pages are fetched again, so they go with its styles and scripts.
async function refresh() {
  const pages = await caches.open(PAGES);
  for (const urls of Object.values(await kept())) {
    for (const url of urls) await store(pages, url);
  }
}

async function store(pages, url) {
  const page = await fetch(url).catch(() => null);
  if (page && page.ok && !page.redirected) await pages.put(url, page);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== location.origin) return;
  if (request.method === 'POST' && request.mode === 'navigate') {
    // Only this site's own forms: another site's post is left to the browser, which sends it as
    // cross-site, so the server refuses it. Queued and sent again from here, it would not be.
    const referrer = request.referrer ? new URL(request.referrer) : null;
    if (!referrer || referrer.origin !== location.origin) return;
    if (QUEUED.includes(url.pathname)) event.respondWith(sendOrQueue(request, url));
    else if (url.pathname === SIGN_OUT) event.respondWith(signOut(request));
    else if (url.pathname === SIGN_IN) event.respondWith(fetch(request).then(forget));
    return;
  }
  if (request.method !== 'GET') return;
  // Downloads (CSV files, module exports) are the browser's own: a worker in between would only
  // hide them from it.
  const download = /\.[a-z]+$/.test(url.pathname) || url.pathname.endsWith('/export');
  if (request.mode === 'navigate' && !download) event.respondWith(page(request, url));
  else if (ASSETS.includes(url.pathname) || url.pathname.startsWith('/pkg/')) {
    event.respondWith(asset(request));
  }
});

async function asset(request) {
  const cache = await caches.open(STATIC);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

// Network first, so a page online is always today's; a copy of one's own pages for later.
async function page(request, url) {
  try {
    const response = await fetch(request);
    if (response.ok && READABLE.test(url.pathname) && !response.redirected) {
      const copy = response.clone();
      caches.open(PAGES).then((c) => c.put(url.pathname + url.search, copy));
    }
    if (response.ok) replay();
    return response;
  } catch (offline) {
    const pages = await caches.open(PAGES);
    return (await pages.match(url.pathname + url.search)) ||
      (await pages.match(url.pathname, { ignoreSearch: true })) ||
      (await pages.match('/offline')) ||
      new Response('Offline', { status: 503, headers: { 'content-type': 'text/plain' } });
  }
}

// A form sent offline waits in the outbox and the trainee goes on as if it had been sent: to the
// next lesson (the form's `then`), or back to the quiz, which says that its submission waits.
async function sendOrQueue(request, url) {
  const body = await request.clone().text();
  try {
    return await fetch(request);
  } catch (offline) {
    const fields = new URLSearchParams(body);
    const attempt = fields.get('attempt_id');
    const then = url.searchParams.get('then') || (attempt ? '/attempts/' + attempt : '/');
    // "Save answers" needs no queue: the quiz keeps every answer on the phone as it is given.
    // A timed quiz needs the network: its deadline is the server's.
    if (fields.get('action') !== 'save' && url.searchParams.get('network') !== 'required') {
      const outbox = await caches.open(OUTBOX);
      const key = '/__outbox/' + Date.now() + '-' + Math.random().toString(36).slice(2);
      await outbox.put(key, new Response(body, { headers: { 'x-to': url.pathname, 'x-then': then } }));
      if (self.registration.sync) self.registration.sync.register('outbox').catch(() => {});
      tell({ type: 'queued' });
    }
    return Response.redirect(then, 303);
  }
}

// Sends what waits, oldest first, one at a time. A quiz submission is scored once however often
// it arrives (the attempt is its key), so a send cut off halfway is simply sent again.
let replaying = null;
function replay() {
  replaying = replaying || sendAll().finally(() => { replaying = null; });
  return replaying;
}

async function sendAll() {
  const outbox = await caches.open(OUTBOX);
  const keys = (await outbox.keys()).sort((a, b) => a.url.localeCompare(b.url));
  for (const key of keys) {
    const kept = await outbox.match(key);
    const to = kept.headers.get('x-to'), then = kept.headers.get('x-then');
    let response;
    try {
      response = await fetch(to, {
        method: 'POST', body: await kept.text(), credentials: 'same-origin',
        // Not a browser form: the server answers in status codes instead of redirecting.
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      });
    } catch (offline) {
      return;
    }
    if (response.status === 401) return tell({ type: 'sign-in' });
    if (response.status >= 500) return;
    await outbox.delete(key);
    const sent = response.ok ? 'sent' : 'refused';
    tell({ type: sent, to, then: response.headers.get('location') || then, at: Date.now() });
  }
}

self.addEventListener('sync', (event) => { if (event.tag === 'outbox') event.waitUntil(replay()); });

// The page asks: send now, how many wait, keep or remove a module, is it kept.
self.addEventListener('message', (event) => {
  const m = event.data || {};
  const answer = (value) => event.source && event.source.postMessage({ type: 'answer', id: m.id, value });
  const work = {
    replay: () => replay().then(waiting),
    waiting,
    keep: () => keep(m.modules),
    remove: () => remove(m.module),
    kept: () => kept().then((k) => m.module in k),
  }[m.type];
  if (work) event.waitUntil(work().then(answer, () => answer(null)));
});

// What waits to be sent: where to, and the page that shows its outcome.
async function waiting() {
  const outbox = await caches.open(OUTBOX);
  const kept = await Promise.all((await outbox.keys()).map((key) => outbox.match(key)));
  return kept.map((k) => ({ to: k.headers.get('x-to'), then: k.headers.get('x-then') }));
}

async function kept() {
  const hit = await (await caches.open(PAGES)).match(KEPT);
  return hit ? hit.json() : {};
}

// Changes to the list of kept modules, one after another: a long keep finishing late must not
// write back a list read before a quicker keep or remove changed it.
let changes = Promise.resolve();
function changeKept(change) {
  changes = changes.catch(() => {}).then(async () => {
    const all = await kept();
    change(all);
    await (await caches.open(PAGES)).put(KEPT, new Response(JSON.stringify(all)));
    return all;
  });
  return changes;
}

// Fetches every page of the modules (the server lists them, in the trainee's language) and the
// offline page in that language. Answers which modules are now kept.
async function keep(modules) {
  const response = await fetch('/api/learning/offline_copies', {
    method: 'POST', credentials: 'same-origin', body: new URLSearchParams({ modules: modules.join(',') }),
    headers: { accept: 'application/json' },
  });
  if (!response.ok) throw new Error('refused');
  const copies = await response.json();
  const pages = await caches.open(PAGES);
  for (const copy of copies) {
    for (const url of copy.urls) await store(pages, url);
  }
  await store(pages, '/offline');
  const all = await changeKept((all) => copies.forEach((c) => { all[c.module_id] = c.urls; }));
  return Object.keys(all).map(Number);
}

async function remove(module) {
  const pages = await caches.open(PAGES);
  let urls = [];
  await changeKept((all) => { urls = all[module] || []; delete all[module]; });
  await Promise.all(urls.map((url) => pages.delete(url)));
  return false;
}

// Another person may use this phone next: what was kept for the last one goes.
async function forget(response) {
  await caches.delete(PAGES);
  await caches.delete(OUTBOX);
  return response;
}

// Signing out: what waits is sent first, then the worker forgets and goes (the next person's
// pages register it again if they learn).
async function signOut(request) {
  await replay();
  const response = await fetch(request).then(forget);
  await self.registration.unregister();
  return response;
}

async function tell(message) {
  for (const client of await self.clients.matchAll()) client.postMessage(message);
}
