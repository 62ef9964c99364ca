// Encryption of everything the pad keeps on the device: AES-GCM under a key generated at login,
// not extractable (the page can use it but never read its bytes), destroyed at logout.
import { idb } from './db'

interface KeyRow {
  id: 'session'
  key: CryptoKey
  owner: number
}
export interface Sealed {
  id: string
  iv: Uint8Array
  data: ArrayBuffer
  createdAt: number
}

let cached: CryptoKey | null = null

export async function openVault(owner: number): Promise<void> {
  const row = await idb.get<KeyRow>('keys', 'session')
  if (row && row.owner === owner) {
    cached = row.key
    return
  }
  if (row) await purgeAll() // another user's leftovers are not readable by this one
  cached = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'])
  await idb.put('keys', { id: 'session', key: cached, owner } as KeyRow)
}

async function key(): Promise<CryptoKey> {
  if (cached) return cached
  const row = await idb.get<KeyRow>('keys', 'session')
  if (!row) throw new Error('离线存储未解锁，请重新登录')
  cached = row.key
  return cached
}

export async function seal(id: string, value: unknown): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const plain = new TextEncoder().encode(JSON.stringify(value))
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await key(), plain)
  return { id, iv, data, createdAt: Date.now() }
}

export async function unseal<T>(sealed: Sealed): Promise<T> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, await key(), sealed.data)
  return JSON.parse(new TextDecoder().decode(plain)) as T
}

/** Logout: the key, the queue and the cached wards go; nothing readable stays on the pad. */
export async function purgeAll(): Promise<void> {
  cached = null
  await Promise.all([idb.clear('queue'), idb.clear('cache'), idb.clear('keys')])
}
