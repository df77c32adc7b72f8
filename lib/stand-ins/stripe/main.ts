/**
 * Standalone Stripe emulator (demo mode, manual testing, benchmarks):
 *
 *   node --import tsx lib/stand-ins/stripe/main.ts [--port 12111] [--host 127.0.0.1]
 *     [--rate-limit 25] [--fault-rate 0.1] [--fault-kinds 500,429-retry] [--latency 20]
 *     [--generate prices=10000,customers=5000,...] [--generate-key sk_test_large]
 *
 * Env fallbacks: STRIPE_EMULATOR_PORT, STRIPE_EMULATOR_RATE_LIMIT, STRIPE_EMULATOR_FAULT_RATE,
 * STRIPE_EMULATOR_LATENCY_MS. Prints one line with the URL and keys, then serves until SIGINT/SIGTERM.
 */
import { parseArgs } from 'node:util'
import type { EmulatedAccount } from './account'
import { demoAccount, DEMO_RESTRICTED_KEY, DEMO_SECRET_KEY } from './demo-account'
import { generateAccount, parseGenerateSpec } from './generate-account'
import { FAULT_KINDS, type FaultKind, type StripeEmulatorKnobs } from './knobs'
import { DEFAULT_PORT, startStripeEmulator } from './server'

function numberOption(flag: string, cli: string | undefined, env: string | undefined): number | undefined {
  const raw = cli ?? env
  if (raw === undefined || raw === '') return undefined
  const value = Number(raw)
  if (!Number.isFinite(value)) throw new Error(`${flag} must be a number, got ${raw}`)
  return value
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'rate-limit': { type: 'string' },
      'fault-rate': { type: 'string' },
      'fault-kinds': { type: 'string' },
      'fault-seed': { type: 'string' },
      latency: { type: 'string' },
      generate: { type: 'string' },
      'generate-key': { type: 'string' },
      'generate-seed': { type: 'string' },
    },
    strict: true,
  })
  const env = process.env
  const knobs: Partial<StripeEmulatorKnobs> = {}
  const rateLimit = numberOption('--rate-limit', values['rate-limit'], env.STRIPE_EMULATOR_RATE_LIMIT)
  if (rateLimit !== undefined) knobs.rateLimitPerSec = rateLimit > 0 ? rateLimit : null
  const faultRate = numberOption('--fault-rate', values['fault-rate'], env.STRIPE_EMULATOR_FAULT_RATE)
  if (faultRate !== undefined) knobs.faultRate = faultRate
  const latency = numberOption('--latency', values.latency, env.STRIPE_EMULATOR_LATENCY_MS)
  if (latency !== undefined) knobs.latencyMs = latency
  const faultSeed = numberOption('--fault-seed', values['fault-seed'], undefined)
  if (faultSeed !== undefined) knobs.faultSeed = faultSeed
  if (values['fault-kinds']) {
    const kinds = values['fault-kinds'].split(',').map((k) => k.trim())
    for (const kind of kinds) {
      if (!(FAULT_KINDS as readonly string[]).includes(kind)) throw new Error(`Unknown fault kind ${kind}`)
    }
    knobs.faultKinds = kinds as FaultKind[]
  }

  const accounts: EmulatedAccount[] = [demoAccount()]
  const descriptions = [`${DEMO_SECRET_KEY} / ${DEMO_RESTRICTED_KEY} (Lumen AI demo)`]
  if (values.generate !== undefined || values['generate-key'] !== undefined) {
    const secret = values['generate-key'] ?? 'sk_test_large'
    const restricted = secret.replace(/^sk_/, 'rk_')
    const started = performance.now()
    const spec = parseGenerateSpec(values.generate ?? '', values['generate-seed'] ?? 'large')
    accounts.push(generateAccount(spec, { secret, restricted }))
    const ms = Math.round(performance.now() - started)
    descriptions.push(
      `${secret} / ${restricted} (generated in ${ms} ms: ${spec.meters} meters, ${spec.products} products, ${spec.prices} prices, ${spec.customers} customers, ${spec.subscriptions} subscriptions, ${spec.creditGrants} credit grants)`,
    )
  }

  const port = numberOption('--port', values.port, env.STRIPE_EMULATOR_PORT) ?? DEFAULT_PORT
  const emulator = await startStripeEmulator({ port, host: values.host ?? '127.0.0.1', knobs, accounts })
  console.log(`Stripe emulator listening on ${emulator.url} — keys: ${descriptions.join('; ')}`)

  let closing = false
  const shutdown = (signal: string) => {
    if (closing) return
    closing = true
    emulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`Stripe emulator: error while closing on ${signal}:`, error)
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', () => shutdown('SIGINT'))
  process.on('SIGTERM', () => shutdown('SIGTERM'))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
