/**
 * The single error → HTTP mapper (architecture.md convention 10). Domain errors keep their status and
 * message; zod errors become 400 with the fields; anything else is a logged 500 with generic text —
 * internals never reach the client.
 */
import { ZodError } from 'zod'
import { CatalogError } from '@/lib/catalog/errors'
import { log } from '@/lib/runtime/log'

export type Problem = {
  title: string
  status: number
  detail: string
  code: string
  invalidParams?: Array<{ name: string; reason: string }>
  details?: unknown
}

export function problem(status: number, code: string, detail: string, extra: Partial<Problem> = {}): Response {
  const body: Problem = { title: titleFor(status), status, code, detail, ...extra }
  return Response.json(body, { status, headers: { 'content-type': 'application/problem+json' } })
}

function titleFor(status: number): string {
  return ({ 400: 'Bad request', 401: 'Unauthenticated', 403: 'Forbidden', 404: 'Not found', 409: 'Conflict', 415: 'Unsupported media type', 422: 'Unprocessable', 502: 'Upstream error' } as Record<number, string>)[status] ?? 'Error'
}

export function zodInvalidParams(e: ZodError) {
  return e.issues.map((i) => ({ name: i.path.join('.') || '(body)', reason: i.message }))
}

export function toProblemResponse(e: unknown): Response {
  if (e instanceof CatalogError) {
    if (e.status >= 500) log.warn(`upstream problem: ${e.message}`)
    return problem(e.status, e.code, e.message, e.details !== undefined ? { details: e.details } : {})
  }
  if (e instanceof ZodError) {
    const params = zodInvalidParams(e)
    return problem(400, 'invalid_request', params.map((p) => `${p.name}: ${p.reason}`).join('; '), { invalidParams: params })
  }
  log.error('unhandled error in route handler', e)
  return problem(500, 'internal_error', 'Something went wrong on our side. The error was logged; try again.')
}
