/**
 * The local Stripe emulator: a `node:http` server speaking Stripe's wire format, so the real `stripe`
 * SDK (pointed at it with `{ host, port, protocol: 'http' }`) can be used for demo mode and tests.
 *
 * Request pipeline: admin routes (`/_emulator/*`, no auth, not counted) → auth → rate limit →
 * injected fault → route → JSON. Every response carries Stripe's `request-id` header.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { z } from 'zod'
import type { EmulatedAccount } from './account'
import { demoAccount } from './demo-account'
import { apiError, authError, invalidRequest, rateLimited, StripeHttpError, unrecognizedUrl } from './errors'
import { requestId } from './ids'
import { TrafficControl, type StripeEmulatorKnobs } from './knobs'
import { parseParams } from './query'
import { Renderer } from './render'
import { matchRoute } from './routes'

export type { StripeEmulatorKnobs, FaultKind } from './knobs'
export type { EmulatedAccount } from './account'

export type StripeEmulatorOptions = {
  /** Default 12111; 0 = a random free port. */
  port?: number
  /** Default 127.0.0.1. */
  host?: string
  knobs?: Partial<StripeEmulatorKnobs>
  /** Default: `[demoAccount()]`. */
  accounts?: EmulatedAccount[]
}

export type StripeEmulatorStats = {
  requests: number
  byRoute: Record<string, number>
  throttled: number
  faults: number
}

export type StripeEmulatorHandle = {
  /** e.g. http://127.0.0.1:12111 */
  url: string
  port: number
  close(): Promise<void>
  setKnobs(k: Partial<StripeEmulatorKnobs>): void
  knobs(): StripeEmulatorKnobs
  addAccount(a: EmulatedAccount): void
  /** Look an account up by its id or any of its keys. Throws if unknown. */
  account(idOrKey: string): EmulatedAccount
  accounts(): EmulatedAccount[]
  revokeKey(key: string): void
  stats(): StripeEmulatorStats
  resetStats(): void
}

export const DEFAULT_PORT = 12111
const API_VERSION = '2026-10-28.endive'
const MAX_BODY_BYTES = 1_000_000

interface KeyEntry {
  account: EmulatedAccount
  kind: 'secret' | 'restricted'
}

/** Bearer token, or basic auth with the key as user name (`curl -u sk_test_...:`), as Stripe accepts. */
function apiKeyFrom(header: string | undefined): string | null {
  if (!header) return null
  const [scheme = '', value = ''] = header.trim().split(/\s+/, 2)
  if (/^bearer$/i.test(scheme)) return value || null
  if (/^basic$/i.test(scheme)) {
    const decoded = Buffer.from(value, 'base64').toString('utf8')
    const user = decoded.split(':', 1)[0] ?? ''
    return user || null
  }
  return null
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        reject(invalidRequest('Request body too large.'))
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function emptyStats(): StripeEmulatorStats {
  return { requests: 0, byRoute: {}, throttled: 0, faults: 0 }
}

export async function startStripeEmulator(opts: StripeEmulatorOptions = {}): Promise<StripeEmulatorHandle> {
  const host = opts.host ?? '127.0.0.1'
  const traffic = new TrafficControl(opts.knobs)
  const accounts = new Map<string, EmulatedAccount>()
  const keys = new Map<string, KeyEntry>()
  const revoked = new Set<string>()
  let stats = emptyStats()
  /** Timers holding delayed or "timed out" responses; cleared on close so it never hangs. */
  const timers = new Set<NodeJS.Timeout>()

  const addAccount = (account: EmulatedAccount): void => {
    if (accounts.has(account.id)) throw new Error(`Account ${account.id} is already registered`)
    for (const key of [account.keys.secret, account.keys.restricted]) {
      if (keys.has(key)) throw new Error(`API key ${key} is already in use`)
    }
    accounts.set(account.id, account)
    keys.set(account.keys.secret, { account, kind: 'secret' })
    keys.set(account.keys.restricted, { account, kind: 'restricted' })
  }
  for (const account of opts.accounts ?? [demoAccount()]) addAccount(account)

  const findAccount = (idOrKey: string): EmulatedAccount => {
    const account = accounts.get(idOrKey) ?? keys.get(idOrKey)?.account
    if (!account) throw new Error(`No emulated account with id or key ${idOrKey}`)
    return account
  }

  const delay = (ms: number): Promise<void> =>
    ms <= 0
      ? Promise.resolve()
      : new Promise((resolve) => {
          const timer = setTimeout(() => {
            timers.delete(timer)
            resolve()
          }, ms)
          timers.add(timer)
        })

  const send = (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void => {
    if (res.destroyed || res.headersSent) return
    const json = JSON.stringify(body)
    res.writeHead(status, {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(json),
      'Cache-Control': 'no-cache, no-store',
      'request-id': requestId(),
      'Stripe-Version': String(req.headers['stripe-version'] ?? API_VERSION),
      ...headers,
    })
    res.end(json)
  }

  const sendError = (req: http.IncomingMessage, res: http.ServerResponse, error: StripeHttpError): void =>
    send(req, res, error.status, { error: error.body }, error.headers)

  // -------------------------------------------------------------------------------------------
  // Admin routes: knobs, stats, key revocation. No auth, never rate limited or counted.

  const handleAdmin = async (req: http.IncomingMessage, res: http.ServerResponse, path: string): Promise<void> => {
    const method = req.method ?? 'GET'
    const body = method === 'POST' ? await readBody(req) : ''
    const json = (): unknown => {
      try {
        return body.trim() === '' ? {} : JSON.parse(body)
      } catch {
        throw invalidRequest('Invalid JSON body.')
      }
    }
    const route = `${method} ${path}`
    switch (route) {
      case 'GET /_emulator/knobs':
        return send(req, res, 200, traffic.knobs)
      case 'POST /_emulator/knobs': {
        const result = z.record(z.string(), z.unknown()).safeParse(json())
        if (!result.success) throw invalidRequest('Knobs must be a JSON object.')
        try {
          traffic.set(result.data as Partial<StripeEmulatorKnobs>)
        } catch (error) {
          throw invalidRequest(`Invalid knobs: ${error instanceof z.ZodError ? z.prettifyError(error) : String(error)}`)
        }
        return send(req, res, 200, traffic.knobs)
      }
      case 'GET /_emulator/stats':
        return send(req, res, 200, stats)
      case 'POST /_emulator/reset-stats':
        stats = emptyStats()
        return send(req, res, 200, stats)
      case 'POST /_emulator/revoke': {
        const parsed = z.object({ key: z.string().min(1) }).safeParse(json())
        if (!parsed.success) throw invalidRequest('Body must be {"key": "<api key>"}.', { param: 'key' })
        revoked.add(parsed.data.key)
        return send(req, res, 200, { revoked: parsed.data.key })
      }
      case 'GET /_emulator/accounts':
        return send(
          req,
          res,
          200,
          [...accounts.values()].map((a) => ({ id: a.id, keys: a.keys, livemode: a.livemode, counts: a.counts() })),
        )
      default:
        throw unrecognizedUrl(method, path)
    }
  }

  // -------------------------------------------------------------------------------------------
  // API requests

  const handleApi = async (req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> => {
    const method = req.method ?? 'GET'
    const path = url.pathname
    const match = matchRoute(method, path)
    stats.requests += 1
    const routeKey = `${method} ${match.kind === 'found' ? match.route.pattern : match.kind === 'method' ? match.pattern : '(unmatched)'}`
    stats.byRoute[routeKey] = (stats.byRoute[routeKey] ?? 0) + 1

    const key = apiKeyFrom(req.headers.authorization)
    if (key === null) throw authError('missing')
    if (revoked.has(key)) throw authError('expired', key)
    const entry = keys.get(key)
    if (!entry) throw authError('invalid', key)

    const decision = traffic.decide(entry.account.id)
    if (decision.kind === 'throttle') {
      stats.throttled += 1
      throw rateLimited(decision.shouldRetry)
    }
    if (decision.kind === 'fault') {
      stats.faults += 1
      switch (decision.fault) {
        case '500':
          throw apiError()
        case '429':
          throw rateLimited(false)
        case '429-retry':
          throw rateLimited(true)
        case 'reset':
          req.socket.destroy()
          return
        case 'timeout': {
          // Hold the request, then drop the connection without answering.
          await delay(traffic.knobs.timeoutMs)
          req.socket.destroy()
          return
        }
      }
    }

    if (match.kind === 'none') throw unrecognizedUrl(method, path)
    if (match.kind === 'method') {
      if (entry.kind === 'restricted') {
        throw new StripeHttpError(403, {
          type: 'permission_error',
          message: `The provided key '${key.slice(0, 8)}****${key.slice(-4)}' does not have the required permissions for this endpoint on account '${entry.account.id}'.`,
        })
      }
      throw invalidRequest(
        `The Stripe emulator does not support ${method} ${match.pattern}: Ratecraft only reads from Stripe.`,
        { status: 405 },
      )
    }
    const query = method === 'GET' || method === 'DELETE' ? parseParams(url.searchParams) : parseParams(await readBody(req))
    const result = match.route.handle({
      account: entry.account,
      renderer: new Renderer(entry.account),
      method,
      path,
      params: match.params,
      query,
      keyKind: entry.kind,
    })
    await delay(traffic.knobs.latencyMs)
    send(req, res, 200, result)
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const admin = url.pathname.startsWith('/_emulator/')
    const work = admin ? handleAdmin(req, res, url.pathname) : handleApi(req, res, url)
    work.catch(async (error: unknown) => {
      const stripeError =
        error instanceof StripeHttpError
          ? error
          : new StripeHttpError(500, {
              type: 'api_error',
              message: `Stripe emulator internal error: ${error instanceof Error ? error.message : String(error)}`,
            })
      if (!(error instanceof StripeHttpError)) console.error('[stripe-emulator]', error)
      if (!admin) await delay(traffic.knobs.latencyMs)
      sendError(req, res, stripeError)
    })
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? DEFAULT_PORT, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port

  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer)
        timers.clear()
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
    setKnobs: (k) => traffic.set(k),
    knobs: () => traffic.knobs,
    addAccount,
    account: findAccount,
    accounts: () => [...accounts.values()],
    revokeKey: (key) => {
      revoked.add(key)
    },
    stats: () => ({ ...stats, byRoute: { ...stats.byRoute } }),
    resetStats: () => {
      stats = emptyStats()
    },
  }
}
