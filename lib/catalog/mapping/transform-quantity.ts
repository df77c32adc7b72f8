/**
 * Stripe `transform_quantity` → product quantity conversion + rounding (M14), and package pricing
 * (M15: "$X per N units, partial package rounds up" = the conversion plus a FLAT price per package).
 * Pure. Stripe only divides and rounds to whole packages; Metronome's DIVIDE + 0-dp rounding matches
 * when Metronome rounds the period total per line item (undocumented, §2.3).
 */
import { toDecimalString } from '../money'
import type { TDraftProduct } from '../schemas'

export type StripeTransform = { divide_by: number; round: string }

export type QuantityTransform = Required<Pick<TDraftProduct, 'quantity_conversion' | 'quantity_rounding'>>

export function convertTransform(t: StripeTransform): { ok: true; value: QuantityTransform } | { ok: false; reason: string } {
  if (!Number.isFinite(t.divide_by) || t.divide_by <= 0) return { ok: false, reason: `divide_by ${t.divide_by} is not a positive number` }
  const method = t.round === 'up' ? 'ROUND_UP' : t.round === 'down' ? 'ROUND_DOWN' : null
  if (!method) return { ok: false, reason: `rounding "${t.round}" is neither up nor down` }
  return {
    ok: true,
    value: {
      quantity_conversion: { conversion_factor: toDecimalString(t.divide_by), operation: 'DIVIDE' },
      quantity_rounding: { decimal_places: 0, rounding_method: method },
    },
  }
}

/** Stable signature for grouping prices that may share one product. */
export function transformSignature(t: StripeTransform | null | undefined): string {
  return t ? `${t.divide_by}/${t.round}` : ''
}
