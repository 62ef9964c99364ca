// The signed-in user and tokens, kept in sessionStorage: the tab's session, surviving a reload
// (a pad reloading offline), gone when the tab closes.
import { reactive } from 'vue'
import type { components } from '../api/schema'

type TokenOut = components['schemas']['TokenOut']
type MeOut = components['schemas']['MeOut']
const KEY = 'h5.session'

interface Stored {
  accessToken: string
  refreshToken: string
  user: MeOut | null
  mustChangePassword: boolean
}

function load(): Stored {
  try {
    const raw = sessionStorage.getItem(KEY)
    if (raw) return JSON.parse(raw) as Stored
  } catch {
    /* a damaged entry is a signed-out session */
  }
  return { accessToken: '', refreshToken: '', user: null, mustChangePassword: false }
}

const state = reactive<Stored & { expired: boolean }>({ ...load(), expired: false })

function save(): void {
  const { accessToken, refreshToken, user, mustChangePassword } = state
  sessionStorage.setItem(KEY, JSON.stringify({ accessToken, refreshToken, user, mustChangePassword }))
}

export const session = {
  state,
  get accessToken() {
    return state.accessToken
  },
  get refreshToken() {
    return state.refreshToken
  },
  get signedIn() {
    return !!state.user && !!state.accessToken
  },
  signIn(tokens: TokenOut) {
    state.accessToken = tokens.access_token
    state.refreshToken = tokens.refresh_token
    state.user = tokens.user
    state.expired = false
    save()
  },
  requirePasswordChange(flag: boolean) {
    state.mustChangePassword = flag
    save()
  },
  can(permission: string): boolean {
    return !!state.user?.permissions.includes(permission)
  },
  expire() {
    state.expired = true
  },
  clear() {
    state.accessToken = ''
    state.refreshToken = ''
    state.user = null
    state.mustChangePassword = false
    sessionStorage.removeItem(KEY)
  },
}
