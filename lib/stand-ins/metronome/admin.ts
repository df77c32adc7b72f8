import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import { ApiError } from './errors'
import { knobsPatch, type MetronomeEmulatorKnobs } from './knobs'
import { parseRequest } from './schemas/validate'
import type { EmulatorState, PricingUnit } from './types'

// Admin routes under /_emulator/: no auth, not rate limited, not counted in stats, never faulted. They exist for
// tests and the demo UI, not for the app: the app must only ever use what the SDK can call.

export type EmulatorStats = { requests: number; byRoute: Record<string, number>; throttled: number; faults: number }

export type AdminControls = {
  state(): EmulatorState
  knobs(): MetronomeEmulatorKnobs
  setKnobs(k: Partial<MetronomeEmulatorKnobs>): void
  stats(): EmulatorStats
  reset(): void
  revoke(token: string): void
  addPricingUnit(unit: PricingUnit): void
}

const revokeBody = z.strictObject({ token: z.string().min(1) })
const pricingUnitBody = z.strictObject({ name: z.string().min(1), is_currency: z.boolean().optional(), id: z.guid().optional() })

export function handleAdmin(controls: AdminControls, method: string, path: string, body: unknown): { status: number; body: unknown } {
  const key = `${method} ${path}`
  switch (key) {
    case 'GET /_emulator/state':
      return { status: 200, body: controls.state() }
    case 'GET /_emulator/stats':
      return { status: 200, body: controls.stats() }
    case 'GET /_emulator/knobs':
      return { status: 200, body: controls.knobs() }
    case 'POST /_emulator/knobs': {
      const patch = parseRequest(knobsPatch, body) as Partial<MetronomeEmulatorKnobs>
      controls.setKnobs(patch)
      return { status: 200, body: controls.knobs() }
    }
    case 'POST /_emulator/reset':
      controls.reset()
      return { status: 200, body: { ok: true } }
    case 'POST /_emulator/revoke': {
      const { token } = parseRequest(revokeBody, body)
      controls.revoke(token)
      return { status: 200, body: { ok: true } }
    }
    case 'POST /_emulator/pricing-units': {
      const p = parseRequest(pricingUnitBody, body)
      const existing = controls.state().pricing_units
      if (existing.some((u) => u.name === p.name)) throw new ApiError(409, `A pricing unit named '${p.name}' already exists`)
      if (p.id && existing.some((u) => u.id === p.id)) throw new ApiError(409, `A pricing unit with id ${p.id} already exists`)
      const unit = { id: p.id ?? randomUUID(), name: p.name, is_currency: p.is_currency ?? false }
      controls.addPricingUnit(unit)
      return { status: 200, body: { data: unit } }
    }
    default:
      throw new ApiError(404, `No emulator admin route for ${key}`)
  }
}
