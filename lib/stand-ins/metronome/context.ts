import type { EmulatorState } from './types'

/** A silent problem as a rule reports it; the server stamps seq, time and route when the request succeeds. */
export type SilentInput = { code: string; message: string; entity?: string; entity_id?: string }

export type RouteContext = {
  state: EmulatorState
  /** Parsed JSON body (`{}` when the body was empty); each route validates it with its own schema. */
  body: unknown
  query: URLSearchParams
  params: Record<string, string>
  now: Date
  /** "METHOD /path/template", used in stats and silent problems. */
  route: string
  /** `created_by` on records, derived from the caller's token. */
  createdBy: string
  defaultPageSize: number
  silent(problem: SilentInput): void
}

export type RouteResult = { status?: number; body?: unknown }

export type RouteDef = {
  method: 'GET' | 'POST' | 'PUT'
  /** Path template; `{name}` segments become `params.name`. */
  path: string
  /** Whether a successful call changes the state (and so is persisted). */
  mutates: boolean
  handler(ctx: RouteContext): RouteResult
}
