import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { handleAdmin, type AdminControls, type EmulatorStats } from './admin'
import { bearerToken, isTokenAccepted, tokenHash } from './auth'
import type { RouteContext, SilentInput } from './context'
import { ApiError } from './errors'
import { IdempotencyCache, requestFingerprint } from './idempotency'
import { DEFAULT_KNOBS, seededRandom, TokenBuckets, type FaultKind, type MetronomeEmulatorKnobs } from './knobs'
import { matchRoute } from './router'
import { createInitialState, loadState, saveState } from './state'
import type { EmulatorState } from './types'

export type { MetronomeEmulatorKnobs } from './knobs'
export type { EmulatorState, SilentProblem } from './types'
export type { EmulatorStats } from './admin'
export { USD_CENTS_ID, stableUnitId } from './pricing-units-seed'

export type MetronomeEmulatorOptions = {
  /** Default 12113; 0 picks a free port. */
  port?: number
  host?: string
  /** JSON file the state is persisted to after every change (temp file + rename); null = memory only. */
  stateFile?: string | null
  /** Accepted bearer tokens; 'any' (default) accepts any non-empty token except revoked ones. */
  tokens?: string[] | 'any'
  knobs?: Partial<MetronomeEmulatorKnobs>
  /** Clock for product versioning, archive stamps and idempotency expiry; defaults to the wall clock. */
  now?: () => Date
  /** Page size when a list call sends no `limit`. */
  defaultPageSize?: number
}

export type MetronomeEmulatorHandle = {
  url: string
  port: number
  close(): Promise<void>
  setKnobs(k: Partial<MetronomeEmulatorKnobs>): void
  /** A deep copy: mutating it does not touch the emulator. */
  state(): EmulatorState
  reset(): void
  stats(): EmulatorStats
}

export const DEFAULT_PORT = 12113
const MAX_BODY_BYTES = 20 * 1024 * 1024

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) reject(new ApiError(413, 'Request body too large'))
      else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function parseJson(text: string): unknown {
  // An empty body is an empty object: rateCards.list() without `{body: {}}` posts nothing with a JSON content-type.
  if (text.trim() === '') return {}
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new ApiError(400, 'Request body is not valid JSON', 'schema')
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return
  if (body === undefined) {
    res.writeHead(status, { 'content-length': '0', ...headers })
    res.end()
    return
  }
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)), ...headers })
  res.end(text)
}

export async function startMetronomeEmulator(opts: MetronomeEmulatorOptions = {}): Promise<MetronomeEmulatorHandle> {
  const stateFile = opts.stateFile ?? null
  const acceptedTokens = opts.tokens ?? 'any'
  const clock = opts.now ?? (() => new Date())
  const defaultPageSize = opts.defaultPageSize ?? 100

  let state: EmulatorState = stateFile ? loadState(stateFile) : createInitialState()
  let knobs: MetronomeEmulatorKnobs = { ...DEFAULT_KNOBS, ...opts.knobs }
  let random = seededRandom(knobs.seed)
  const buckets = new TokenBuckets()
  const idempotency = new IdempotencyCache()
  let stats: EmulatorStats = { requests: 0, byRoute: {}, throttled: 0, faults: 0 }
  const sockets = new Set<Socket>()
  const holds = new Set<NodeJS.Timeout>()

  const persist = () => {
    if (stateFile) saveState(stateFile, state)
  }

  const setKnobs = (patch: Partial<MetronomeEmulatorKnobs>) => {
    knobs = { ...knobs, ...patch }
    if (patch.seed !== undefined) random = seededRandom(knobs.seed)
    if (patch.rateLimitPerSec !== undefined) buckets.clear()
  }

  const reset = () => {
    state = createInitialState()
    stats = { requests: 0, byRoute: {}, throttled: 0, faults: 0 }
    buckets.clear()
    idempotency.clear()
    random = seededRandom(knobs.seed)
    persist()
  }

  const controls: AdminControls = {
    state: () => structuredClone(state),
    knobs: () => ({ ...knobs }),
    setKnobs,
    stats: () => structuredClone(stats),
    reset,
    revoke: (token) => {
      const hash = tokenHash(token)
      if (!state.revoked_tokens.includes(hash)) state.revoked_tokens.push(hash)
      persist()
    },
    addPricingUnit: (unit) => {
      state.pricing_units.push(unit)
      persist()
    },
  }

  const drawFault = (): FaultKind | null => {
    if (knobs.faultRate <= 0 || knobs.faultKinds.length === 0) return null
    if (random() >= knobs.faultRate) return null
    return knobs.faultKinds[Math.floor(random() * knobs.faultKinds.length)] ?? null
  }

  const throttleHeaders = (retryAfterMs: number): Record<string, string> => ({
    'x-metronome-rate-limit-type': knobs.rateLimitType,
    ...(knobs.retryAfterHeader ? { 'retry-after-ms': String(retryAfterMs) } : {}),
  })

  /** Runs a route handler; rule failures become `{message}` responses, silent problems are kept only on success. */
  function execute(
    def: NonNullable<ReturnType<typeof matchRoute>>['def'],
    params: Record<string, string>,
    body: unknown,
    query: URLSearchParams,
    token: string,
  ): { status: number; body: unknown; phase: 'schema' | 'execution'; mutated: boolean } {
    const route = `${def.method} ${def.path}`
    const pending: SilentInput[] = []
    const now = clock()
    const ctx: RouteContext = {
      state,
      body,
      query,
      params,
      now,
      route,
      createdBy: `api-token:${tokenHash(token).slice(0, 8)}`,
      defaultPageSize,
      silent: (p) => pending.push(p),
    }
    try {
      const result = def.handler(ctx)
      for (const p of pending) {
        state.seq += 1
        state.silent_problems.push({ seq: state.seq, at: now.toISOString(), route, ...p })
      }
      return { status: result.status ?? 200, body: result.body, phase: 'execution', mutated: def.mutates || pending.length > 0 }
    } catch (e) {
      if (e instanceof ApiError) return { status: e.status, body: { message: e.message }, phase: e.phase, mutated: false }
      console.error('[metronome-emulator] handler crashed:', e)
      return { status: 500, body: { message: 'Internal server error' }, phase: 'execution', mutated: false }
    }
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, method: string): Promise<void> {
    const match = matchRoute(method, url.pathname)
    stats.requests += 1
    const routeKey = match ? `${method} ${match.def.path}` : `${method} ${url.pathname}`
    stats.byRoute[routeKey] = (stats.byRoute[routeKey] ?? 0) + 1
    const text = await readBody(req)

    const token = bearerToken(req.headers.authorization)
    if (!token || !isTokenAccepted(token, acceptedTokens, state.revoked_tokens)) {
      send(res, 401, { message: 'Unauthorized' })
      return
    }

    if (knobs.rateLimitPerSec !== null) {
      const scope = knobs.rateLimitType === 'client' ? routeKey : `${routeKey} customer`
      const wait = buckets.take(`${tokenHash(token)} ${scope}`, knobs.rateLimitPerSec, Date.now())
      if (wait > 0) {
        stats.throttled += 1
        send(res, 429, { message: 'Too many requests' }, throttleHeaders(wait))
        return
      }
    }

    const fault = drawFault()
    if (fault === 'timeout') {
      stats.faults += 1
      // Hold the request, then drop the connection without answering: the SDK sees a connection error.
      await new Promise<void>((resolve) => {
        const t = setTimeout(() => {
          holds.delete(t)
          resolve()
        }, knobs.timeoutHoldMs)
        holds.add(t)
      })
      req.socket.destroy()
      return
    }
    if (fault === '429') {
      stats.faults += 1
      send(res, 429, { message: 'Too many requests (injected fault)' }, throttleHeaders(knobs.retryAfterHeader ? 100 : 0))
      return
    }

    if (!match) {
      send(res, 404, { message: `Not found: the Metronome emulator has no route ${method} ${url.pathname}` })
      return
    }

    let body: unknown
    try {
      body = method === 'GET' ? {} : parseJson(text)
    } catch (e) {
      send(res, (e as ApiError).status, { message: (e as ApiError).message })
      return
    }

    const key = method === 'POST' ? req.headers['idempotency-key'] : undefined
    const idemKey = Array.isArray(key) ? key[0] : key
    let storageKey: string | null = null
    let fingerprint = ''
    if (idemKey) {
      fingerprint = requestFingerprint(method, url.pathname, url.searchParams, body)
      const decision = idempotency.begin(state, tokenHash(token), idemKey, fingerprint, clock().getTime())
      if (decision.kind === 'replay') {
        send(res, decision.entry.status, decision.entry.body, { ...decision.entry.headers, 'idempotent-replayed': 'true' })
        return
      }
      if (decision.kind === 'conflict') {
        send(res, 409, { message: decision.message })
        return
      }
      storageKey = decision.storageKey
    }

    try {
      if (knobs.latencyMs > 0) await sleep(knobs.latencyMs)
      let outcome: ReturnType<typeof execute>
      if (fault === '500') {
        stats.faults += 1
        outcome = { status: 500, body: { message: 'Internal server error (injected fault)' }, phase: 'execution', mutated: false }
      } else {
        outcome = execute(match.def, match.params, body, url.searchParams, token)
      }
      if (storageKey) {
        idempotency.finish(state, storageKey, fingerprint, outcome, outcome.phase === 'execution', clock().getTime())
        storageKey = null
      }
      if (outcome.mutated || idemKey) persist()
      send(res, outcome.status, outcome.body)
    } finally {
      if (storageKey) idempotency.finish(state, storageKey, fingerprint, { status: 0, body: null }, false, clock().getTime())
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator.local')
    const method = (req.method ?? 'GET').toUpperCase()
    try {
      if (url.pathname.startsWith('/_emulator/')) {
        const text = await readBody(req)
        const result = handleAdmin(controls, method, url.pathname, method === 'GET' ? {} : parseJson(text))
        send(res, result.status, result.body)
        return
      }
      await handleApi(req, res, url, method)
    } catch (e) {
      if (e instanceof ApiError) send(res, e.status, { message: e.message })
      else {
        console.error('[metronome-emulator] request failed:', e)
        send(res, 500, { message: 'Internal server error' })
      }
    }
  }

  const server = createServer((req, res) => void handle(req, res))
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  const port = opts.port ?? DEFAULT_PORT
  const host = opts.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host

  let closed: Promise<void> | null = null
  return {
    url: `http://${urlHost}:${actualPort}`,
    port: actualPort,
    close() {
      closed ??= new Promise<void>((resolve, reject) => {
        for (const t of holds) clearTimeout(t)
        holds.clear()
        server.close((err) => {
          try {
            persist()
          } catch (e) {
            reject(e)
            return
          }
          if (err) reject(err)
          else resolve()
        })
        for (const socket of sockets) socket.destroy()
      })
      return closed
    },
    setKnobs,
    state: controls.state,
    reset,
    stats: controls.stats,
  }
}
