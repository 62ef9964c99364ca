// Prints the gzipped size of the JavaScript index.html loads first and fails above the budget:
// phones on a ward's Wi-Fi or a patient's 4G must open the app quickly.
import { readFileSync } from 'node:fs'
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
const verdict = total <= BUDGET ? 'OK' : 'OVER BUDGET'
console.log(`initial JavaScript: ${(total / 1024).toFixed(1)} KB gzip (budget ${BUDGET / 1024} KB) ${verdict}`)
if (total > BUDGET || scripts.length === 0) process.exit(1)
