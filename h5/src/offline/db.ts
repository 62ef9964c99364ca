// A minimal promise wrapper over IndexedDB: one database, three stores.
//   keys:    the session's AES-GCM key (a non-extractable CryptoKey; IndexedDB keeps it as an
//            object, never as bytes, so a reload offline can still read the queue)
//   queue:   captured answers, encrypted: {id, iv, data, createdAt}
//   cache:   the ward lists and questionnaires for the shift, encrypted the same way
const NAME = 'h5-pad'
export type StoreName = 'keys' | 'queue' | 'cache'

let opening: Promise<IDBDatabase> | null = null

function open(): Promise<IDBDatabase> {
  opening =
    opening ??
    new Promise((resolve, reject) => {
      const request = indexedDB.open(NAME, 1)
      request.onupgradeneeded = () => {
        for (const store of ['keys', 'queue', 'cache']) request.result.createObjectStore(store, { keyPath: 'id' })
      }
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
  return opening
}

function run<T>(store: StoreName, mode: IDBTransactionMode, action: (s: IDBObjectStore) => IDBRequest): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(store, mode)
        const request = action(tx.objectStore(store))
        tx.oncomplete = () => resolve(request.result as T)
        tx.onerror = () => reject(tx.error)
      }),
  )
}

export const idb = {
  get: <T>(store: StoreName, id: string) => run<T | undefined>(store, 'readonly', (s) => s.get(id)),
  all: <T>(store: StoreName) => run<T[]>(store, 'readonly', (s) => s.getAll()),
  put: (store: StoreName, value: { id: string }) => run<IDBValidKey>(store, 'readwrite', (s) => s.put(value)),
  delete: (store: StoreName, id: string) => run<undefined>(store, 'readwrite', (s) => s.delete(id)),
  clear: (store: StoreName) => run<undefined>(store, 'readwrite', (s) => s.clear()),
}
