/**
 * Environment, validated at server start (instrumentation.ts), in the CLI and in the dev script —
 * not at build time (`npm start` builds before any key exists). A bad value fails with a message
 * that names the variable and the fix.
 */
import { z } from 'zod'

const url = (what: string) =>
  z
    .string()
    .trim()
    .refine((v) => /^https?:\/\/[^\s/]+/.test(v), `must be an http(s) URL of the ${what}, e.g. http://127.0.0.1:12111`)

const port = z.coerce.number().int().min(1).max(65535)

const flag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'], { error: 'must be 1 or 0' })
  .transform((v) => v === '1' || v === 'true' || v === 'yes')

export const ZEnv = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must be a postgresql:// connection string (or unset to use the embedded database)')
    .optional(),
  RATECRAFT_SECRET_KEY: z.string().trim().min(1).optional(),
  STRIPE_SECRET_KEY: z
    .string()
    .trim()
    .refine((v) => /^(sk|rk)_(test|live)_\S+$/.test(v), 'must be a Stripe secret (sk_…) or restricted (rk_…) key')
    .optional(),
  STRIPE_API_URL: url('Stripe API').optional(),
  METRONOME_BEARER_TOKEN: z.string().trim().min(1).optional(),
  METRONOME_BASE_URL: url('Metronome API').optional(),
  RATECRAFT_DEMO: flag.optional(),
  STRIPE_EMULATOR_PORT: port.default(12111),
  METRONOME_EMULATOR_PORT: port.default(12113),
  RATECRAFT_WORKER: flag.optional(),
  /** The importer's request budget against Stripe (req/s); default 90 for live keys, 22 for test keys. */
  RATECRAFT_STRIPE_RPS: z.coerce.number().positive().max(1000).optional(),
  RATECRAFT_SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(14),
})

export type Env = z.infer<typeof ZEnv>

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  // Empty strings mean "unset" (a blank line in a shell export should not fail validation).
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v.trim() !== ''))
  const res = ZEnv.safeParse(cleaned)
  if (res.success) return res.data
  const lines = res.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
  throw new EnvError(`Invalid environment:\n${lines.join('\n')}`)
}

let cached: Env | null = null
export function env(): Env {
  cached ??= parseEnv()
  return cached
}

/** Demo mode: no Stripe key configured (or RATECRAFT_DEMO=1) → emulators, seeded users, demo data. */
export function isDemoMode(e: Env = env()): boolean {
  return e.RATECRAFT_DEMO ?? !e.STRIPE_SECRET_KEY
}

export function demoStripeUrl(e: Env = env()): string {
  return `http://127.0.0.1:${e.STRIPE_EMULATOR_PORT}`
}

export function demoMetronomeUrl(e: Env = env()): string {
  return `http://127.0.0.1:${e.METRONOME_EMULATOR_PORT}`
}

export const DEMO_STRIPE_KEY = 'sk_test_demo'
export const DEMO_METRONOME_TOKEN = 'demo-metronome-token'
export const DEMO_PASSWORD = 'ratecraft-demo'
