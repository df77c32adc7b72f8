/** One-line human summary of a Stripe price ("$0.00025 / unit · metered monthly"). */
import { formatMoney, stripeMinorToMajor } from '@/lib/catalog/money'

type Raw = Record<string, unknown>

export function priceAmount(raw: Raw): string {
  const currency = String(raw.currency ?? 'usd')
  const scheme = raw.billing_scheme
  if (scheme === 'tiered') {
    const tiers = Array.isArray(raw.tiers) ? raw.tiers.length : 0
    return `${raw.tiers_mode === 'volume' ? 'Volume' : 'Graduated'} tiers${tiers ? ` (${tiers})` : ''}`
  }
  const dec = raw.unit_amount_decimal ?? raw.unit_amount
  if (dec === null || dec === undefined) return raw.custom_unit_amount ? 'Customer chooses' : '—'
  const amount = formatMoney(stripeMinorToMajor(String(dec), currency), currency)
  const transform = raw.transform_quantity as { divide_by?: number } | null | undefined
  return transform?.divide_by ? `${amount} per ${transform.divide_by.toLocaleString('en-US')} units` : `${amount} / unit`
}

export function priceCadence(raw: Raw): string {
  const r = raw.recurring as { interval?: string; interval_count?: number; usage_type?: string } | null | undefined
  if (!r) return 'one-time'
  const every = r.interval_count && r.interval_count > 1 ? `every ${r.interval_count} ${r.interval}s` : `${r.interval}ly`
  return `${r.usage_type === 'metered' ? 'metered' : 'licensed'} · ${every}`
}
