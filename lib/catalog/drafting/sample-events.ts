/**
 * Uploaded sample usage events: Stripe meter events as JSON Lines, the shape
 * `POST /v1/billing/meter_events` takes — `{"event_name","timestamp","identifier","payload":{…}}` one
 * per line. Pure; never throws. Every problem names its line; blank lines and `#` comments are
 * skipped; a file that is one JSON array of events is accepted too.
 */
export const SAMPLE_EVENT_LIMITS = {
  /** Bytes of text (UTF-16 length, close enough for a limit). */
  maxChars: 10 * 1024 * 1024,
  maxEvents: 100_000,
  maxLineChars: 64 * 1024,
  maxErrors: 50,
} as const

export type SampleEvent = { event_name: string; timestamp: string; identifier: string | null; payload: Record<string, string | number | boolean> }
export type LineError = { line: number; message: string }
export type ParsedSampleEvents = { events: SampleEvent[]; errors: LineError[]; errorCount: number; lines: number; tooLarge?: string }

const MAX_NAME = 100

function toIso(ts: unknown, now: Date): { iso: string } | { error: string } {
  if (ts === undefined || ts === null) return { iso: now.toISOString() }
  let seconds: number
  if (typeof ts === 'number') seconds = ts
  else if (typeof ts === 'string' && /^\d+(\.\d+)?$/.test(ts.trim())) seconds = Number(ts)
  else if (typeof ts === 'string' && !Number.isNaN(Date.parse(ts)) && /^\d{4}-\d{2}-\d{2}T/.test(ts)) return { iso: new Date(Date.parse(ts)).toISOString() }
  else return { error: `"timestamp" must be Unix seconds (as Stripe takes it), such as 1767225600, not ${JSON.stringify(ts)}` }
  if (!Number.isFinite(seconds) || seconds < 0) return { error: `"timestamp" must be a positive number of Unix seconds, not ${JSON.stringify(ts)}` }
  if (seconds > 1e11) return { error: `"timestamp" ${seconds} looks like milliseconds: Stripe takes Unix seconds (divide by 1000)` }
  return { iso: new Date(Math.floor(seconds) * 1000).toISOString() }
}

/** Validates one event object; returns the event or the problem. */
export function readSampleEvent(value: unknown, now: Date): { event: SampleEvent } | { error: string } {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { error: 'each line must be a JSON object such as {"event_name":"api_tokens","timestamp":1767225600,"payload":{"stripe_customer_id":"cus_123","value":"25"}}' }
  const o = value as Record<string, unknown>
  if (typeof o.event_name !== 'string' || o.event_name.trim() === '') return { error: '"event_name" is required: the meter\'s event name, such as "api_tokens"' }
  if (o.event_name.length > MAX_NAME) return { error: `"event_name" is longer than ${MAX_NAME} characters` }
  if (o.identifier !== undefined && o.identifier !== null && typeof o.identifier !== 'string') return { error: '"identifier" must be a string when given' }
  if (!o.payload || typeof o.payload !== 'object' || Array.isArray(o.payload)) return { error: '"payload" is required: an object with the customer key, the value key and any dimensions' }
  const payload: SampleEvent['payload'] = {}
  for (const [k, v] of Object.entries(o.payload as Record<string, unknown>)) {
    if (typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) payload[k] = v
    else if (v !== null && v !== undefined) return { error: `"payload.${k}" must be a string or a number (Stripe payload values are flat), not ${Array.isArray(v) ? 'an array' : typeof v}` }
  }
  const ts = toIso(o.timestamp, now)
  if ('error' in ts) return { error: ts.error }
  return { event: { event_name: o.event_name, timestamp: ts.iso, identifier: typeof o.identifier === 'string' ? o.identifier : null, payload } }
}

export function parseSampleEvents(text: string, now: Date, limits: { maxChars: number; maxEvents: number; maxLineChars: number; maxErrors: number } = SAMPLE_EVENT_LIMITS): ParsedSampleEvents {
  const result: ParsedSampleEvents = { events: [], errors: [], errorCount: 0, lines: 0 }
  if (text.length > limits.maxChars) {
    return { ...result, tooLarge: `The file is ${(text.length / 1024 / 1024).toFixed(1)} MB; upload at most ${Math.round(limits.maxChars / 1024 / 1024)} MB (a representative sample is enough for group-key suggestions).` }
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const fail = (line: number, message: string) => {
    result.errorCount++
    if (result.errors.length < limits.maxErrors) result.errors.push({ line, message })
  }
  const add = (line: number, value: unknown) => {
    const r = readSampleEvent(value, now)
    if ('error' in r) return fail(line, r.error)
    if (result.events.length >= limits.maxEvents) {
      result.tooLarge ??= `The file has more than ${limits.maxEvents.toLocaleString('en-US')} events; upload at most ${limits.maxEvents.toLocaleString('en-US')}.`
      return
    }
    result.events.push(r.event)
  }
  if (body.trimStart().startsWith('[')) {
    let list: unknown
    try {
      list = JSON.parse(body)
    } catch (e) {
      fail(1, `the file starts with "[" but is not a valid JSON array: ${e instanceof Error ? e.message : String(e)}. Use JSON Lines (one event per line) or a valid array.`)
      return result
    }
    if (!Array.isArray(list)) return result
    result.lines = list.length
    list.forEach((v, i) => add(i + 1, v))
    return result
  }
  const lines = body.split(/\r?\n/)
  lines.forEach((raw, i) => {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) return
    result.lines++
    if (line.length > limits.maxLineChars) return fail(i + 1, `line is longer than ${Math.round(limits.maxLineChars / 1024)} KB: one event per line`)
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (e) {
      return fail(i + 1, `not valid JSON (${e instanceof Error ? e.message.replace(/^JSON\.parse: /, '') : String(e)})`)
    }
    add(i + 1, value)
  })
  return result
}
