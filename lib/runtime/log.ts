/**
 * The one logger. Redacts anything that looks like a credential before it is written, as a second
 * line of defence: code never passes keys to it on purpose.
 */
const SECRET_PATTERNS: RegExp[] = [
  /\b(sk|rk|pk)_(test|live)_[A-Za-z0-9_]{4,}/g,
  /\bBearer\s+[A-Za-z0-9._~+/=-]{8,}/gi,
  /(RATECRAFT_SECRET_KEY|METRONOME_BEARER_TOKEN|STRIPE_SECRET_KEY)=\S+/g,
]

export function redact(text: string): string {
  return SECRET_PATTERNS.reduce((t, re) => t.replace(re, (m) => `${m.slice(0, Math.min(8, m.indexOf('_', 3) + 1 || 8))}[redacted]`), text)
}

function format(level: string, msg: string, err?: unknown): string {
  const detail = err instanceof Error ? ` ${err.name}: ${err.message}${err.stack ? `\n${err.stack.split('\n').slice(1, 6).join('\n')}` : ''}` : err !== undefined ? ` ${String(err)}` : ''
  return redact(`[ratecraft] ${level} ${msg}${detail}`)
}

export const log = {
  info: (msg: string) => console.log(format('info', msg)),
  warn: (msg: string, err?: unknown) => console.warn(format('warn', msg, err)),
  error: (msg: string, err?: unknown) => console.error(format('error', msg, err)),
}
