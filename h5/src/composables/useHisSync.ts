// The pad's lists follow the HIS: new admissions and discharges arrive with a HIS pull, so a list
// is read again when a new pull has gone in, not on a blind timer. The server says when the last
// pull finished (`synced_at`) and when the next one is due (`next_sync_at`); the page checks the
// cheap `/api/v1/pad/sync` shortly after that moment, and every minute meanwhile (a late pull, a
// 立即同步 at the desk, HL7 pushes), and refreshes when `synced_at` has moved.
import { computed, onUnmounted, ref } from 'vue'
import { useRoute } from 'vue-router'
import { api, type Schemas } from '../api/client'

type SyncState = Schemas['SyncStateOut']

/** A pull takes seconds: its data is asked for this long after it was due to start. */
const AFTER_PULL_MS = 45_000
const POLL_MS = 60_000

/** The poll interval, in seconds from `?poll=` (2–600; a test or a demo shortens it), else one minute. */
function pollMs(raw: unknown): number {
  const seconds = Number(Array.isArray(raw) ? raw[0] : raw)
  return Number.isFinite(seconds) && seconds >= 2 ? Math.min(seconds, 600) * 1000 : POLL_MS
}

const CLOCK = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false })

/**
 * `refresh` reads the page's list again and, when it did, calls `seen` (with the list's own sync
 * fields, or the `latest` it is given); `busy` holds a refresh back (a questionnaire open): the
 * next check tries again.
 */
export function useHisSync(refresh: (latest: SyncState) => Promise<void>, busy: () => boolean = () => false) {
  const state = ref<SyncState | null>(null)
  const every = pollMs(useRoute().query.poll)
  let timer: number | undefined
  let stopped = false

  const syncedText = computed(() => {
    const at = state.value?.synced_at
    return at ? `数据更新于 ${CLOCK.format(new Date(at))}` : ''
  })

  function schedule(): void {
    window.clearTimeout(timer)
    if (stopped) return
    let wait = every
    const due = state.value?.next_sync_at
    if (due) {
      const untilPulled = new Date(due).getTime() + AFTER_PULL_MS - Date.now()
      if (untilPulled > 0) wait = Math.min(wait, untilPulled)
    }
    timer = window.setTimeout(() => void check(), wait)
  }

  /** What a page's own load said: the baseline the next checks compare with. */
  function seen(latest: SyncState): void {
    state.value = { synced_at: latest.synced_at, next_sync_at: latest.next_sync_at, pull_interval_minutes: latest.pull_interval_minutes }
    schedule()
  }

  async function check(): Promise<void> {
    try {
      if (navigator.onLine) {
        const { data } = await api.GET('/api/v1/pad/sync')
        if (data) {
          if (state.value === null) seen(data)
          else if (data.synced_at !== state.value.synced_at && !busy()) {
            await refresh(data) // a list read calls seen(); one that failed leaves the baseline for the next check
          } else state.value = { ...state.value, next_sync_at: data.next_sync_at }
        }
      }
    } catch {
      /* offline or the server restarting: the next check tries again */
    }
    schedule()
  }

  onUnmounted(() => {
    stopped = true
    window.clearTimeout(timer)
  })

  return { state, syncedText, seen, check }
}
