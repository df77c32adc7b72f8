// Standalone Metronome emulator (demo mode, manual testing):
//   node --import tsx lib/stand-ins/metronome/main.ts [--port 12113] [--host 127.0.0.1]
//     [--state .data/metronome-emulator.json | --no-state] [--tokens a,b] [--rate-limit N] [--rate-limit-type client|customer]
//     [--fault-rate 0.1] [--fault-kinds 500,429,timeout] [--latency 20] [--seed 1]
// Environment fallbacks: METRONOME_EMULATOR_PORT, _HOST, _STATE, _TOKENS, _RATE_LIMIT, _RATE_LIMIT_TYPE,
// _FAULT_RATE, _FAULT_KINDS, _LATENCY_MS, _SEED. Point the app at it with METRONOME_BASE_URL=<printed URL>.
import { parseArgs } from 'node:util'
import type { FaultKind, MetronomeEmulatorKnobs } from './knobs'
import { DEFAULT_PORT, startMetronomeEmulator } from './server'

const DEFAULT_STATE_FILE = '.data/metronome-emulator.json'

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    state: { type: 'string' },
    'no-state': { type: 'boolean' },
    tokens: { type: 'string' },
    'rate-limit': { type: 'string' },
    'rate-limit-type': { type: 'string' },
    'fault-rate': { type: 'string' },
    'fault-kinds': { type: 'string' },
    latency: { type: 'string' },
    seed: { type: 'string' },
  },
})

const env = process.env
const pick = (flag: string | undefined, name: string) => flag ?? env[`METRONOME_EMULATOR_${name}`]

function num(raw: string | undefined, what: string): number | undefined {
  if (raw === undefined || raw === '') return undefined
  const n = Number(raw)
  if (!Number.isFinite(n)) throw new Error(`--${what} must be a number, got "${raw}"`)
  return n
}

const knobs: Partial<MetronomeEmulatorKnobs> = {}
const rateLimit = num(pick(values['rate-limit'], 'RATE_LIMIT'), 'rate-limit')
if (rateLimit !== undefined) knobs.rateLimitPerSec = rateLimit > 0 ? rateLimit : null
const rateLimitType = pick(values['rate-limit-type'], 'RATE_LIMIT_TYPE')
if (rateLimitType === 'client' || rateLimitType === 'customer') knobs.rateLimitType = rateLimitType
const faultRate = num(pick(values['fault-rate'], 'FAULT_RATE'), 'fault-rate')
if (faultRate !== undefined) knobs.faultRate = faultRate
const faultKinds = pick(values['fault-kinds'], 'FAULT_KINDS')
if (faultKinds) knobs.faultKinds = faultKinds.split(',').map((k) => k.trim()).filter((k): k is FaultKind => ['500', '429', 'timeout'].includes(k))
const latency = num(pick(values.latency, 'LATENCY_MS'), 'latency')
if (latency !== undefined) knobs.latencyMs = latency
const seed = num(pick(values.seed, 'SEED'), 'seed')
if (seed !== undefined) knobs.seed = seed

const tokens = pick(values.tokens, 'TOKENS')
const stateFile = values['no-state'] ? null : (pick(values.state, 'STATE') ?? DEFAULT_STATE_FILE)

const emulator = await startMetronomeEmulator({
  port: num(pick(values.port, 'PORT'), 'port') ?? DEFAULT_PORT,
  host: pick(values.host, 'HOST') ?? '127.0.0.1',
  stateFile,
  tokens: tokens ? tokens.split(',').map((t) => t.trim()).filter(Boolean) : 'any',
  knobs,
})

console.log(`Metronome emulator listening on ${emulator.url} (state: ${stateFile ?? 'memory only'})`)

let stopping = false
const stop = (signal: string) => {
  if (stopping) return
  stopping = true
  emulator.close().then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(`Metronome emulator: failed to close cleanly on ${signal}:`, e)
      process.exit(1)
    },
  )
}
process.on('SIGINT', () => stop('SIGINT'))
process.on('SIGTERM', () => stop('SIGTERM'))
