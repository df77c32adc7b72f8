/**
 * Every decimal-string money field of a rate, card, package or contract, with its path. Pure.
 * Shared by RC-decimal-format and RC-price-not-exact. (Override multipliers are MTR-64's; product
 * conversion factors are MTR-35's.)
 */
import type { TTier } from '../../schemas'
import type { ValidEntry } from '../entry'
import type { Segment } from '../structural'
import { commitTerms, overrideTerms } from './catalog'

export type MoneyField = { rel: Segment[]; value: string }

function tiers(list: TTier[] | undefined, base: Segment[], out: MoneyField[]): void {
  list?.forEach((t, i) => out.push({ rel: [...base, 'tiers', i, 'price'], value: t.price }))
}

export function moneyFields(e: ValidEntry<'rate' | 'rate_card' | 'package' | 'contract'>): MoneyField[] {
  const out: MoneyField[] = []
  switch (e.kind) {
    case 'rate':
      if (e.doc.price !== undefined) out.push({ rel: ['price'], value: e.doc.price })
      tiers(e.doc.tiers, [], out)
      if (e.doc.commit_rate?.price !== undefined) out.push({ rel: ['commit_rate', 'price'], value: e.doc.commit_rate.price })
      tiers(e.doc.commit_rate?.tiers, ['commit_rate'], out)
      break
    case 'rate_card':
      e.doc.credit_type_conversions?.forEach((c, i) => out.push({ rel: ['credit_type_conversions', i, 'fiat_per_custom_credit'], value: c.fiat_per_custom_credit }))
      break
    default:
      for (const t of commitTerms(e.doc)) {
        t.term.access_schedule?.schedule_items.forEach((s, i) => out.push({ rel: [...t.rel, 'access_schedule', 'schedule_items', i, 'amount'], value: s.amount }))
        if ('invoice_schedule' in t.term)
          t.term.invoice_schedule?.schedule_items.forEach((s, i) => {
            for (const f of ['amount', 'unit_price', 'quantity'] as const)
              if (s[f] !== undefined) out.push({ rel: [...t.rel, 'invoice_schedule', 'schedule_items', i, f], value: s[f]! })
          })
      }
      for (const { term: o, rel } of overrideTerms(e.doc)) {
        if (o.overwrite_rate?.price !== undefined) out.push({ rel: [...rel, 'overwrite_rate', 'price'], value: o.overwrite_rate.price })
        tiers(o.overwrite_rate?.tiers, [...rel, 'overwrite_rate'], out)
      }
  }
  return out
}
