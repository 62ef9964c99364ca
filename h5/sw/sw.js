// The H5 app's service worker: the app shell (index.html and the hashed bundles of this build) is
// cached at install, so a ward pad can reload with no network. API data is never cached here:
// the pad keeps its ward lists and answers encrypted in IndexedDB (src/offline/).
const VERSION = '__VERSION__'
const SHELL = `h5-shell-${VERSION}`
const PRECACHE = __PRECACHE__

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('h5-shell-') && k !== SHELL).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  )
})

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url)
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith('/h5/')) return
  // the patient's questionnaire page: always from the network (no-store, its address is the link's token)
  if (url.pathname.startsWith('/h5/q/')) return
  if (event.request.mode === 'navigate') {
    // Network first so a new build arrives; the cached shell when offline (history fallback).
    event.respondWith(fetch(event.request).catch(() => caches.match('/h5/index.html')))
    return
  }
  event.respondWith(caches.match(event.request).then((hit) => hit || fetch(event.request)))
})
