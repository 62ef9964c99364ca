// The pad's offline queue: the one module that keeps, encrypts, uploads and reports answers.
// Each entry carries its client UUID and the task version it was made against; the server applies
// each exactly once, so an upload may be replayed freely (a lost response, a double tap).
import { reactive } from 'vue'
import { api, errorText, type Schemas } from '../api/client'
import { idb } from './db'
import { seal, unseal, type Sealed } from './vault'

export interface Captured {
  client_uuid: string
  task_id: number
  task_version: number
  patient_name: string
  bed_no: string
  answers: Record<string, unknown>
  notes: string
  captured_at: string
  error?: string
}

export const sync = reactive({
  pending: 0,
  lastSync: '' as string,
  uploading: false,
  message: '',
  conflicts: 0,
  /** Moves whenever the queue may have changed (a capture, an upload): pages showing which
   * tasks wait on the pad read the queue again when it does. */
  revision: 0,
})

const LAST_SYNC = 'h5.pad.lastSync'
sync.lastSync = localStorage.getItem(LAST_SYNC) ?? ''

async function entries(): Promise<Captured[]> {
  const rows = await idb.all<Sealed>('queue')
  rows.sort((a, b) => a.createdAt - b.createdAt)
  return Promise.all(rows.map((row) => unseal<Captured>(row)))
}

export async function refreshCount(): Promise<void> {
  sync.pending = (await idb.all<Sealed>('queue')).length
  sync.revision += 1
}

export async function capture(entry: Omit<Captured, 'client_uuid' | 'captured_at'>): Promise<Captured> {
  // A new answer to a task replaces the pad's earlier one the server refused (it is being corrected).
  for (const earlier of await entries()) {
    if (earlier.task_id === entry.task_id && earlier.error) await idb.delete('queue', earlier.client_uuid)
  }
  const full: Captured = { ...entry, client_uuid: crypto.randomUUID(), captured_at: new Date().toISOString() }
  await idb.put('queue', await seal(full.client_uuid, full))
  await refreshCount()
  return full
}

export async function pendingEntries(): Promise<Captured[]> {
  return entries()
}

/** Upload every queued entry; applied and conflicting ones leave the pad (a conflict now lives on
 * the server, for a person to decide), rejected ones stay with the server's reason. */
export async function upload(): Promise<void> {
  if (sync.uploading) return
  sync.uploading = true
  sync.message = ''
  try {
    const queued = await entries()
    if (queued.length === 0) {
      markSynced()
      return
    }
    const { data, error } = await api.POST('/api/v1/pad/uploads', {
      body: {
        items: queued.map((e) => ({
          client_uuid: e.client_uuid,
          task_id: e.task_id,
          task_version: e.task_version,
          outcome: 'reached' as const,
          answers: e.answers,
          notes: e.notes,
          captured_at: e.captured_at,
        })),
      },
    })
    if (!data) {
      sync.message = errorText(error)
      return
    }
    let conflicts = 0
    const rejected: string[] = []
    for (const result of data.results as Schemas['UploadResultOut'][]) {
      if (result.state === 'applied' || result.state === 'conflict') {
        await idb.delete('queue', result.client_uuid)
        if (result.state === 'conflict') conflicts += 1
      } else {
        const entry = queued.find((e) => e.client_uuid === result.client_uuid)
        if (entry) await idb.put('queue', await seal(entry.client_uuid, { ...entry, error: result.message }))
        if (entry) rejected.push(`${entry.bed_no}床 ${entry.patient_name}：${result.message}`)
      }
    }
    sync.conflicts += conflicts
    markSynced()
    const notes = []
    if (conflicts) notes.push(`${conflicts} 条与系统记录冲突，请在“冲突处理”中确认`)
    if (rejected.length) notes.push(`${rejected.length} 条未通过校验，仍保留在平板上：${rejected.join('；')}`)
    sync.message = notes.join('。')
  } catch {
    sync.message = '网络不可用，稍后自动上传'
  } finally {
    sync.uploading = false
    await refreshCount()
  }
}

function markSynced(): void {
  sync.lastSync = new Date().toLocaleString('zh-CN', { hour12: false })
  localStorage.setItem(LAST_SYNC, sync.lastSync)
}

let watching = false
/** Upload when the network comes back (and once now). */
export function watchNetwork(): void {
  if (watching) return
  watching = true
  window.addEventListener('online', () => void upload())
  void refreshCount().then(() => (navigator.onLine && sync.pending ? upload() : undefined))
}
