// The page's side of offline use (the service worker, /sw.js, does the work): registers the
// worker, shows what waits to be sent, keeps modules for offline reading. Texts come in the
// page's language from data attributes written by the server; nothing here is needed without
// JavaScript. Answers themselves are kept by the quiz's island under `frontline:answers:<id>`.
'use strict';
(() => {
  if (!('serviceWorker' in navigator)) return;
  const $ = (selector) => document.querySelector(selector);
  const SENT_AT = 'frontline:sent-at', AUTO_KEPT = 'frontline:auto-kept';
  const worker = navigator.serviceWorker;
  const asked = new Map();
  let next = 0;

  // Signed out: nothing of the last person stays in this browser (the server also says so, with
  // Clear-Site-Data, where the browser honours it).
  if (new URLSearchParams(location.search).has('signed_out')) {
    Object.keys(localStorage).filter((k) => k.startsWith('frontline:')).forEach((k) => localStorage.removeItem(k));
  }

  // The worker is for people who learn (the indicator names them): nothing is kept for a visitor,
  // a trainer or an admin.
  if (!$('#sync-status[data-person]')) {
    worker.getRegistrations().then((all) => all.forEach((r) => r.unregister()));
    return;
  }
  worker.register('/sw.js').catch(() => {});

  // A question to the worker, answered by a message carrying the same id. A worker being
  // replaced may drop it: asked again, up to three times, then answered with null. Every
  // question is safe to ask twice.
  function ask(type, extra) {
    return worker.ready.then((registration) => new Promise((resolve) => {
      const id = ++next;
      let tries = 0;
      const send = () => {
        if (!asked.has(id)) return;
        if (++tries > 3) { asked.delete(id); return resolve(null); }
        (worker.controller || registration.active).postMessage({ type, id, ...extra });
        setTimeout(send, type === 'keep' ? 60000 : 3000);
      };
      asked.set(id, resolve);
      send();
    }));
  }

  worker.addEventListener('message', (event) => {
    const m = event.data || {};
    if (m.type === 'answer') {
      const resolve = asked.get(m.id);
      asked.delete(m.id);
      if (resolve) resolve(m.value);
      return;
    }
    if (m.type === 'sent') localStorage.setItem(SENT_AT, String(m.at));
    const here = location.pathname;
    const then = m.then ? new URL(m.then, location.origin) : null;
    // A submission that arrived (or was refused) ends the phone's copy of its answers.
    if (then && m.to === '/api/learning/submit') localStorage.removeItem('frontline:answers:' + then.pathname.split('/').pop());
    // A submission that waited: its result (or why it was refused) is on its attempt's page.
    if (then && then.pathname === here && here.startsWith('/attempts/')) {
      history.replaceState(null, '', m.then);
      location.reload();
    }
    if (m.type === 'refused' || m.type === 'sign-in') problem = m;
    status();
  });

  // "Online · Waiting to be sent: 2 · Last sent at 14:02", updated as things change.
  const bar = $('#sync-status');
  let problem = null;
  function fill(template, name, value) { return template.replace('{' + name + '}', value); }
  function unsentAnswers() {
    let n = 0;
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key.startsWith('frontline:answers:')) continue;
      if (new URLSearchParams(localStorage.getItem(key)).get('sent') === '0') n++;
    }
    return n;
  }
  async function status() {
    if (!bar) return;
    const t = bar.dataset;
    const queued = (await ask('waiting')) || [];
    const parts = [navigator.onLine ? t.online : t.offline];
    const waiting = queued.length + unsentAnswers();
    if (waiting) parts.push(fill(t.waiting, 'n', waiting));
    const at = Number(localStorage.getItem(SENT_AT));
    if (at) {
      const time = new Date(at).toLocaleTimeString(document.documentElement.lang, { hour: '2-digit', minute: '2-digit' });
      parts.push(fill(t.sentAt, 'time', time));
    }
    const here = (q) => new URL(q.then, location.origin).pathname === location.pathname;
    if (queued.some((q) => q.to === '/api/learning/submit' && here(q))) {
      parts.push(t.submitWaiting);
    }
    if (problem) parts.push(problem.type === 'sign-in' ? t.signIn : t.refused);
    bar.textContent = parts.join(' · ');
    bar.dataset.state = navigator.onLine ? 'online' : 'offline';
    bar.hidden = false;
  }

  function sendNow() { ask('replay').then(status); }
  window.addEventListener('online', sendNow);
  window.addEventListener('offline', status);
  window.addEventListener('change', () => setTimeout(status, 100)); // an answer given
  setInterval(status, 5000);

  // A phone that says its data costs money fetches nothing ahead of time.
  function metered() {
    const c = navigator.connection;
    return !!c && (c.saveData || c.type === 'cellular');
  }

  // A trainee's assigned and begun modules, kept at most every six hours, never over a metered
  // link, once a page has been open for ten seconds. The server lists them (an empty list asks
  // for exactly those).
  function keepAssigned() {
    if (!bar || !bar.dataset.person || !navigator.onLine || metered()) return;
    const last = JSON.parse(localStorage.getItem(AUTO_KEPT) || '{}');
    if (last.person === bar.dataset.person && Date.now() - last.at < 6 * 3600 * 1000) return;
    ask('keep', { modules: [] }).then((kept) => {
      if (kept) localStorage.setItem(AUTO_KEPT, JSON.stringify({ person: bar.dataset.person, at: Date.now() }));
    });
  }

  // The module page: "Available offline", and a button to keep or remove the copy.
  function moduleCopy() {
    const box = $('#offline-copy');
    if (!box) return;
    const t = box.dataset, module = Number(t.module);
    const state = box.querySelector('span'), button = box.querySelector('button');
    const show = (kept) => {
      state.textContent = kept ? t.kept : '';
      button.textContent = kept ? t.remove : t.keep;
      button.dataset.kept = kept ? 'yes' : 'no';
      button.disabled = false;
      box.hidden = false;
    };
    button.addEventListener('click', () => {
      const kept = button.dataset.kept === 'yes';
      button.disabled = true;
      state.textContent = kept ? '' : t.saving;
      const work = kept ? ask('remove', { module }) : ask('keep', { modules: [module] });
      work.then((now) => now === null ? (state.textContent = t.failed, button.disabled = false)
        : show(Array.isArray(now) ? now.includes(module) : now));
    });
    ask('kept', { module }).then((kept) => show(kept === true));
  }

  // The account page: how much this phone keeps for offline use.
  function storageUsed() {
    const line = $('#offline-storage');
    if (!line || !navigator.storage || !navigator.storage.estimate) return;
    navigator.storage.estimate().then(({ usage }) => {
      const size = new Intl.NumberFormat(document.documentElement.lang, {
        style: 'unit', unit: usage >= 1e6 ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1,
      }).format(usage >= 1e6 ? usage / 1e6 : usage / 1e3);
      line.textContent = fill(line.dataset.used, 'size', size);
      line.hidden = false;
    });
  }

  worker.ready.then(() => {
    status(); sendNow(); moduleCopy(); storageUsed();
    // After the person has settled on a page: their own clicks come first on a slow link.
    setTimeout(keepAssigned, 10000);
  });
})();
