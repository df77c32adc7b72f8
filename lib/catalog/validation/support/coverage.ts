/**
 * Which pricing-group combinations seen in usage a product's rates cover. Pure.
 *
 * Usage comes from the sample events its metric would count (grouped by the product's pricing keys and
 * aggregated the way the metric aggregates) and from expected-usage records of the validation context.
 * A rate covers a combination when every value it names equals the combination's value exactly (events
 * and rates are compared as strings, case-sensitively, like Metronome does). Dates are not considered:
 * uploaded samples are usually history from before the rates start.
 */
import { D, type Dec } from '../../money'
import type { RuleContext } from '../rule'
import type { ValidEntry } from '../entry'
import { aggregationOf, isSql, ratesOf } from './catalog'
import { numericOf } from './decimal'
import { asString } from './events'
import { int } from './text'

export type Combo = {
  values: Record<string, string | undefined>
  quantity: Dec
  events: number
  records: number
  firstEvent?: number
}

export type Coverage = {
  keys: string[]
  /** How the quantity was computed, for messages ("SUM of tokens"). */
  measure: string
  uncovered: Combo[]
  /** Combinations covered only case-insensitively, with the rate and key whose value differs. */
  caseMismatches: Array<{ combo: Combo; rate: ValidEntry<'rate'>; key: string; rateValue: string; seen: string }>
}

export function coverageOf(product: ValidEntry<'product'>, ctx: RuleContext): Coverage | undefined {
  const keys = product.doc.pricing_group_key ?? []
  if (keys.length === 0) return undefined
  const metric = ctx.index.doc('billable_metric', product.doc.billable_metric)
  const events = metric && !isSql(metric) ? ctx.events.forMetric(metric) : []
  const records = ctx.usage.filter((u) => u.product === product.key)
  if (events.length === 0 && records.length === 0) return undefined

  const agg = metric ? (aggregationOf(metric) ?? 'COUNT') : 'COUNT'
  const aggKey = metric?.aggregation_key
  const measure = agg === 'COUNT' || !aggKey ? 'events' : `${agg} of ${aggKey}`
  const combos = new Map<string, Combo & { latest?: number; distinct?: Set<string> }>()
  const comboOf = (values: Record<string, string | undefined>) => {
    const id = keys.map((k) => (values[k] === undefined ? '\u0001' : values[k])).join('\u0000')
    let c = combos.get(id)
    if (!c) combos.set(id, (c = { values, quantity: new D(0), events: 0, records: 0 }))
    return c
  }
  for (const ev of events) {
    const values: Record<string, string | undefined> = {}
    for (const k of keys) values[k] = ev.props[k] === undefined || ev.props[k] === null ? undefined : asString(ev.props[k])
    const c = comboOf(values)
    c.events++
    c.firstEvent ??= ev.pos
    const v = aggKey ? numericOf(ev.props[aggKey]) : undefined
    if (agg === 'COUNT' || !aggKey) c.quantity = c.quantity.plus(1)
    else if (agg === 'SUM' && v) c.quantity = c.quantity.plus(v)
    else if (agg === 'MAX' && v && v.gt(c.quantity)) c.quantity = v
    else if (agg === 'LATEST' && v && (c.latest === undefined || (ev.time ?? 0) >= c.latest)) {
      c.latest = ev.time ?? 0
      c.quantity = v
    } else if (agg === 'UNIQUE') {
      c.distinct ??= new Set()
      c.distinct.add(asString(ev.props[aggKey]))
      c.quantity = new D(c.distinct.size)
    }
  }
  for (const r of records) {
    const c = comboOf(Object.fromEntries(keys.map((k) => [k, r.values[k]])))
    c.records++
    if (r.quantity) c.quantity = c.quantity.plus(r.quantity)
  }

  const rates = ratesOf(ctx.index, product.key)
  const uncovered: Combo[] = []
  const caseMismatches: Coverage['caseMismatches'] = []
  for (const combo of combos.values()) {
    const matches = (exact: boolean) =>
      rates.find((r) =>
        Object.entries(r.doc.pricing_group_values ?? {}).every(([k, v]) => {
          const seen = combo.values[k]
          return seen !== undefined && (exact ? seen === v : seen.toLowerCase() === v.toLowerCase())
        }),
      )
    if (matches(true)) continue
    const near = matches(false)
    if (near) {
      for (const [k, v] of Object.entries(near.doc.pricing_group_values ?? {}))
        if (combo.values[k] !== v) caseMismatches.push({ combo, rate: near, key: k, rateValue: v, seen: combo.values[k]! })
      continue
    }
    uncovered.push(combo)
  }
  return { keys, measure, uncovered, caseMismatches }
}

export function describeCombo(values: Record<string, string | undefined>): string {
  return '{' + Object.entries(values).map(([k, v]) => `${k}: ${v === undefined ? '(missing)' : JSON.stringify(v)}`).join(', ') + '}'
}

export function describeQuantity(c: Combo, measure: string): string {
  const q = c.quantity.isInteger() ? int(c.quantity.toNumber()) : c.quantity.toSignificantDigits(12).toFixed()
  const from = [c.events ? `${c.events} event(s)` : '', c.records ? `${c.records} usage record(s)` : ''].filter(Boolean).join(' and ')
  return measure === 'events' && !c.records ? `${from}` : `${q} (${measure}) from ${from}`
}
