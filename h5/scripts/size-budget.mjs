// Prints the gzipped size of the JavaScript index.html loads first and fails above the budget:
// phones on a ward's Wi-Fi or a patient's 4G must open the app quickly.
import { readdirSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'

const BUDGET = 250 * 1024
const dist = new URL('../dist/', import.meta.url).pathname
const html = readFileSync(join(dist, 'index.html'), 'utf8')
const scripts = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/h5\/([^"]+\.js)"/g)].map((m) => m[1])
let total = 0
for (const file of new Set(scripts)) {
  const size = gzipSync(readFileSync(join(dist, file))).length
  total += size
  console.log(`  ${file}  ${(size / 1024).toFixed(1)} KB gzip`)
}
// Nothing the app loads may come from outside (hospital intranets have no internet).
for (const file of readdirSync(join(dist, 'assets'))) {
  const text = readFileSync(join(dist, 'assets', file), 'utf8')
  const remote = text.match(/url\((?:https?:)?\/\/[^)]*\)|(?:alicdn|jsdelivr|unpkg)\.(?:com|net)/)
  if (remote && /\.(css|js)$/.test(file)) {
    console.error(`${file} refers to an outside address: ${remote[0]}`)
    process.exit(1)
  }
}
const verdict = total <= BUDGET ? 'OK' : 'OVER BUDGET'
console.log(`initial JavaScript: ${(total / 1024).toFixed(1)} KB gzip (budget ${BUDGET / 1024} KB) ${verdict}`)
if (total > BUDGET || scripts.length === 0) process.exit(1)
