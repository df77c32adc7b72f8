/** Metronome SDK errors → messages that keep Metronome's own wording (it names the field). */
import Metronome from '@metronome/sdk'

export type MetronomeFailure = { kind: 'auth' | 'invalid' | 'conflict' | 'rate_limit' | 'unreachable' | 'server'; status: number | null; message: string; retryable: boolean }

function bodyMessage(e: InstanceType<typeof Metronome.APIError>): string {
  const body = e.error as { message?: unknown } | undefined
  return typeof body?.message === 'string' ? body.message : e.message
}

export function describeMetronomeError(e: unknown, baseUrl?: string | null): MetronomeFailure {
  const where = baseUrl || 'api.metronome.com'
  if (e instanceof Metronome.APIConnectionError) {
    return { kind: 'unreachable', status: null, message: `Could not reach Metronome at ${where}: ${e.message}`, retryable: true }
  }
  if (e instanceof Metronome.APIError) {
    const status = e.status ?? null
    const msg = bodyMessage(e)
    if (status === 401 || status === 403) return { kind: 'auth', status, message: `Metronome rejected the API token (${status}): ${msg}`, retryable: false }
    if (status === 409) return { kind: 'conflict', status, message: `Metronome reported a conflict: ${msg}`, retryable: false }
    if (status === 429) return { kind: 'rate_limit', status, message: `Metronome rate limit reached: ${msg}`, retryable: true }
    if (status !== null && status >= 500) return { kind: 'server', status, message: `Metronome server error (${status}): ${msg}`, retryable: true }
    return { kind: 'invalid', status, message: `Metronome refused the request (${status ?? '?'}): ${msg}`, retryable: false }
  }
  return { kind: 'unreachable', status: null, message: `Could not reach Metronome at ${where}: ${e instanceof Error ? e.message : String(e)}`, retryable: true }
}
