import { z } from 'zod'

const optionalBaseUrl = (example: string, service: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === '' || /^https?:\/\/[^\s/]+/.test(v), `Enter a full URL such as ${example}, or leave it empty for ${service}`)
    .optional()
    .transform((v) => (v ? v.replace(/\/+$/, '') : undefined))

/** `{ demo: true }` connects the demo account (demo mode only): the server fills in the key it holds. */
export const ZConnectDemo = z.object({ demo: z.literal(true) })

export const ZConnectStripe = z.object({
  key: z
    .string()
    .trim()
    .regex(/^(sk|rk)_(test|live)_[A-Za-z0-9_]+$/, 'Paste a Stripe secret key (sk_…) or, better, a restricted read-only key (rk_…)'),
  baseUrl: optionalBaseUrl('http://127.0.0.1:12111', 'api.stripe.com'),
})

export const ZConnectMetronome = z.object({
  token: z.string().trim().min(8, 'Paste a Metronome API token (Metronome → Settings → API tokens)').max(500),
  baseUrl: optionalBaseUrl('http://127.0.0.1:12113', 'api.metronome.com'),
})

export type TConnections = {
  stripe: { accountId: string; accountName: string | null; livemode: boolean; baseUrl: string | null; keyHint: string; keyKind: string; isDemo: boolean; updatedAt: string } | null
  metronome: { baseUrl: string | null; tokenHint: string; isDemo: boolean; updatedAt: string } | null
}

export const ZConnectStripeRequest = z.union([ZConnectDemo, ZConnectStripe])
export const ZConnectMetronomeRequest = z.union([ZConnectDemo, ZConnectMetronome])
