/** Checks a Metronome token with a cheap read (pricing units) before anything is stored. */
import { UpstreamError } from '@/lib/catalog/errors'
import { makeMetronomeClient } from './client'
import { describeMetronomeError } from './errors'

export type PricingUnit = { id: string; name: string; isCurrency: boolean }

export async function listPricingUnits(token: string, baseUrl: string | null): Promise<PricingUnit[]> {
  const client = makeMetronomeClient({ token, baseUrl, maxRetries: 2, timeoutMs: 15_000 })
  const units: PricingUnit[] = []
  for await (const u of client.v1.pricingUnits.list({ limit: 100 })) {
    if (u.id && u.name) units.push({ id: u.id, name: u.name, isCurrency: !!u.is_currency })
  }
  return units
}

export async function verifyMetronomeToken(token: string, baseUrl: string | null): Promise<{ pricingUnits: number }> {
  try {
    return { pricingUnits: (await listPricingUnits(token, baseUrl)).length }
  } catch (e) {
    const f = describeMetronomeError(e, baseUrl)
    throw new UpstreamError(f.message, { status: 422, code: `metronome_${f.kind}` })
  }
}
