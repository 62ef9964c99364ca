// The questionnaire rules the server applies on answers (backend/services/questionnaires.py
// validate_answers), run on the device before it keeps answers: the ward pad saves offline and
// must not keep a questionnaire the server would refuse hours later at upload. Same rules, same
// Chinese messages, items named by their text: shown items only (show_if, decided on the earlier
// answers), required ones answered, options known, numbers in range, exclusive options alone.
// The server stays the judge; this only spares the nurse a refusal she learns of too late.

export interface Option {
  value: string
  label: string
  exclusive?: boolean
}

export interface Item {
  id: string
  type: string
  text: string
  required?: boolean
  options?: Option[]
  min?: number
  max?: number
  unit?: string
  show_if?: { item: string; equals?: unknown; in?: unknown[]; exists?: boolean }
}

export interface Problem {
  item: string
  /** missing: a shown required item left unanswered; invalid: an answer the server refuses */
  kind: 'missing' | 'invalid'
  message: string
}

export interface Checked {
  /** The answers of the shown items, as the server would keep them. */
  answers: Record<string, unknown>
  /** What is wrong, one line per item; empty when the answers may be saved. */
  problems: Problem[]
  /** One message naming everything wrong, as the server's would (empty when nothing is). */
  message: string
}

const TEXT_MAX_LENGTH = 2000

export const answered = (v: unknown): boolean =>
  v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

function same(a: unknown, b: unknown): boolean {
  if (isNumber(a) && isNumber(b)) return a === b
  return String(a) === String(b)
}

/** Whether a show_if condition holds for the answer of the item it names. */
export function holds(cond: NonNullable<Item['show_if']>, answer: unknown): boolean {
  if (cond.exists !== undefined) return answered(answer) === !!cond.exists
  if (!answered(answer)) return false
  const targets = cond.equals !== undefined ? [cond.equals] : (cond.in ?? [])
  const given = Array.isArray(answer) ? answer : [answer]
  return given.some((a) => targets.some((t) => same(a, t)))
}

/** The items shown for these answers: without show_if, or whose show_if holds on a shown item. */
export function visibleItems(items: Item[], answers: Record<string, unknown>): Item[] {
  const ids = new Set<string>()
  return items.filter((item) => {
    const cond = item.show_if
    const ok = !cond || (ids.has(cond.item) && holds(cond, answers[cond.item]))
    if (ok) ids.add(item.id)
    return ok
  })
}

/** How a message names an item: its text (「收缩压」), never its id. */
export function asked(item: Item): string {
  return item.text?.trim() ? `「${item.text.trim()}」` : `「${item.id}」`
}

class Wrong extends Error {}

function parseNumber(item: Item, raw: unknown): number {
  if (isNumber(raw)) return raw
  if (typeof raw === 'string' && raw.trim() !== '') {
    const parsed = Number(raw.trim())
    if (Number.isFinite(parsed)) return parsed
  }
  throw new Wrong(`题目${asked(item)}的答案必须是数字`)
}

function checkBounds(item: Item, value: number): void {
  const low = item.min ?? null
  const high = item.max ?? null
  const unit = item.unit ?? ''
  if ((low !== null && value < low) || (high !== null && value > high)) {
    const span =
      low !== null && high !== null ? `${low}～${high}${unit}之间` : low !== null ? `不小于${low}${unit}` : `不大于${high}${unit}`
    throw new Wrong(`题目${asked(item)}的答案${value}${unit}超出范围，应在${span}`)
  }
}

/** The kept form of one answer, undefined when unanswered; throws Wrong with the server's words. */
function clean(item: Item, raw: unknown): unknown {
  if (!answered(raw) || (typeof raw === 'number' && Number.isNaN(raw))) {
    if (typeof raw === 'number' && Number.isNaN(raw)) throw new Wrong(`题目${asked(item)}的答案必须是数字`)
    return undefined
  }
  const name = asked(item)
  const values = (item.options ?? []).map((o) => o.value)
  switch (item.type) {
    case 'single': {
      const value = typeof raw === 'number' && Number.isInteger(raw) ? String(raw) : raw
      if (typeof value !== 'string' || !values.includes(value)) throw new Wrong(`题目${name}的答案「${String(raw)}」不是有效选项`)
      return value
    }
    case 'multiple': {
      if (!Array.isArray(raw)) throw new Wrong(`多选题${name}的答案必须是选项列表`)
      const chosen: string[] = []
      for (const value of raw) {
        if (typeof value !== 'string' || !values.includes(value)) throw new Wrong(`题目${name}的答案「${String(value)}」不是有效选项`)
        if (!chosen.includes(value)) chosen.push(value)
      }
      const alone = (item.options ?? []).filter((o) => o.exclusive && chosen.includes(o.value))
      if (alone.length && chosen.length > 1) {
        throw new Wrong(`题目${name}选了「${alone[0].label}」，就不能再选其他选项`)
      }
      return chosen
    }
    case 'text': {
      if (typeof raw !== 'string') throw new Wrong(`题目${name}的答案必须是文字`)
      if (!raw.trim()) return undefined
      if (raw.length > TEXT_MAX_LENGTH) throw new Wrong(`题目${name}的答案不能超过${TEXT_MAX_LENGTH}字`)
      return raw
    }
    case 'number': {
      const number = parseNumber(item, raw)
      checkBounds(item, number)
      return number
    }
    case 'scale': {
      const number = parseNumber(item, raw)
      if (!Number.isInteger(number)) throw new Wrong(`量表题${name}的答案必须是整数`)
      checkBounds(item, number)
      return number
    }
    case 'date': {
      if (typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.trim())) {
        const d = new Date(`${raw.trim()}T00:00:00Z`)
        if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === raw.trim()) return raw.trim()
      }
      throw new Wrong(`题目${name}的答案必须是日期（如 2026-03-01）`)
    }
    default:
      return raw
  }
}

/** Check and clean the answers of one contact, as the server's validate_answers does; with
 * `complete` every shown required item must be answered (one message lists all that are not). */
export function validateAnswers(items: Item[], answers: Record<string, unknown>, complete = true): Checked {
  const cleaned: Record<string, unknown> = {}
  const problems: Problem[] = []
  const missing: Item[] = []
  const shown = new Set<string>()
  for (const item of items) {
    // visibility is decided on the cleaned answers of earlier items, which show_if names
    const cond = item.show_if
    if (cond && !(shown.has(cond.item) && holds(cond, cleaned[cond.item]))) continue
    shown.add(item.id)
    let value: unknown
    try {
      value = clean(item, answers[item.id])
    } catch (e) {
      if (!(e instanceof Wrong)) throw e
      problems.push({ item: item.id, kind: 'invalid', message: e.message })
      continue
    }
    if (value === undefined) {
      if (item.required) missing.push(item)
      continue
    }
    cleaned[item.id] = value
  }
  if (complete && missing.length) {
    const names = missing.map(asked).join('、')
    problems.unshift(...missing.map((item) => ({ item: item.id, kind: 'missing' as const, message: `请回答${asked(item)}` })))
    const wrong = problems.filter((p) => p.kind === 'invalid').map((p) => p.message)
    return { answers: cleaned, problems, message: [`还有${missing.length}道必答题未回答：${names}`, ...wrong].join('；') }
  }
  return { answers: cleaned, problems, message: problems.map((p) => p.message).join('；') }
}
