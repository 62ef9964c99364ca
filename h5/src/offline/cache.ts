// The ward lists and questionnaires for the shift, kept encrypted so the pad works offline.
import { idb } from './db'
import { seal, unseal, type Sealed } from './vault'

export async function remember(id: string, value: unknown): Promise<void> {
  await idb.put('cache', await seal(id, value))
}

export async function recall<T>(id: string): Promise<T | null> {
  const row = await idb.get<Sealed>('cache', id)
  return row ? unseal<T>(row) : null
}
