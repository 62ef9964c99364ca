import { readFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'

// Writes sw.js with the list of this build's files, so the service worker caches the whole shell.
function serviceWorker(): Plugin {
  return {
    name: 'h5-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = ['/h5/index.html', ...Object.keys(bundle).filter((f) => !f.endsWith('.html')).map((f) => `/h5/${f}`)]
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12)
      const source = readFileSync(new URL('./sw/sw.js', import.meta.url), 'utf8')
        .replace('__VERSION__', version)
        .replace('__PRECACHE__', JSON.stringify(files))
      this.emitFile({ type: 'asset', fileName: 'sw.js', source })
    },
  }
}

// Vant's icon font is inlined as woff2; its CSS also names a woff copy on a CDN, which an intranet
// cannot reach and which must never be asked for: that fallback is removed.
function noCdnFonts(): Plugin {
  return {
    name: 'h5-no-cdn-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/vant/') || !id.endsWith('.css')) return null
      return code.replace(/,\s*url\((?:https?:)?\/\/[^)]*\)\s*format\("woff"\)/g, '')
    },
  }
}

// Served by the backend under /h5/ (backend/web/h5_app.py); every asset is bundled from npm,
// nothing is fetched from a CDN at run time.
export default defineConfig({
  base: '/h5/',
  plugins: [vue(), noCdnFonts(), serviceWorker()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
  },
})
