/**
 * M10 option (a), `sql_metric`: a volume-tiered price becomes, per currency, a SQL metric whose value is
 * the period amount (see volume-tiers.ts), a USAGE product with `sql_breakdown_granularity:
 * SERVICE_PERIOD` (the amount is only known for the whole period), and a FLAT rate of 1 on that
 * currency's card. Pure over the context. Totals are exact; the quantity disappears from the invoice.
 */
import { slugify } from '../keys'
import type { DraftContext, RateSpec } from './draft-context'
import { describeValues } from './describe-terms'
import type { UsageEntry } from './map-usage-prices'
import { currencyTerms } from './price-amounts'
import { rateKeyBase } from './rate-keys'
import type { DecisionTarget } from './types'
import { usageProductFor } from './usage-products'
import { volumeTierSql, type VolumeQuantity } from './volume-tiers'

export function mapVolumeSqlPrice(
  ctx: DraftContext,
  e: UsageEntry,
  role: 'standard' | 'alternate',
  standardPriceId: string,
  bySignature: Map<string, string>,
): void {
  const p = e.price
  const streaming = ctx.catalog.billableMetrics.find((m) => m.key === e.metricKey)
  const quantity: VolumeQuantity = {
    eventTypes: streaming?.event_type_filter?.in_values ?? [],
    aggregation: (streaming?.aggregation_type as VolumeQuantity['aggregation']) ?? 'SUM',
    ...(streaming?.aggregation_key ? { valueKey: streaming.aggregation_key } : {}),
    filters: e.groupValues,
  }
  const baseName = `${ctx.index.productsById.get(p.product)?.name ?? streaming?.name ?? p.id}${describeValues(e.groupValues).replace(' for ', ' ')}`
  const targets: DecisionTarget[] = []
  const specByCurrency = new Map<string, RateSpec>()
  const onCard = new Set<string>()
  const failures: string[] = []
  const unsupported: string[] = []
  let firstProduct: string | null = null
  for (const terms of currencyTerms(p)) {
    if (!terms.supported) {
      unsupported.push(terms.currency)
      continue
    }
    const sql = terms.tiers ? volumeTierSql(quantity, terms.tiers, terms.currency) : { ok: false as const, reason: 'tiers were not imported' }
    if (!sql.ok) {
      failures.push(`${terms.currency}: ${sql.reason}`)
      continue
    }
    const metricKey = ctx.keys.allocate('billable_metric', slugify(`${e.metricKey}-${Object.values(e.groupValues).join('-')}-volume-${terms.currency}`))
    ctx.catalog.billableMetrics.push({
      key: metricKey,
      name: `${baseName} volume amount (${terms.currency})`,
      description: `Period amount of Stripe volume-tiered price ${p.id} in ${terms.currency === 'USD' ? 'USD cents' : terms.currency} (M10 option a).`,
      sql: sql.sql,
      sql_output_columns: ['value'],
      origin: [{ type: 'price', id: p.id, currency: terms.currency }],
    })
    const productKey = usageProductFor(ctx, bySignature, {
      price: p,
      metricKey,
      name: `${baseName} (volume, ${terms.currency})`,
      transform: null,
      signature: `volume|${p.id}|${terms.currency}`,
      sqlBreakdown: 'SERVICE_PERIOD',
    })
    firstProduct ??= productKey
    const spec: RateSpec = { rate_type: 'FLAT', price: '1' }
    specByCurrency.set(terms.currency, spec)
    const card = ctx.cardFor(terms.currency)
    const rateKey = ctx.keys.allocate('rate', rateKeyBase(card, productKey))
    ctx.addRate(
      { key: rateKey, rate_card: card, product: productKey, rate_type: 'FLAT', price: '1', starting_at: ctx.cutoverAt, entitled: role === 'standard', origin: [{ type: 'price', id: p.id, currency: terms.currency }] },
      spec,
      p.id,
    )
    onCard.add(terms.currency)
    targets.push({ type: 'billable_metric', key: metricKey }, { type: 'product', key: productKey }, { type: 'rate', key: rateKey })
  }
  ctx.priceOutcomes.set(p.id, {
    kind: 'usage',
    role,
    productKey: firstProduct ?? '',
    standardPriceId,
    groupValues: {},
    specByCurrency,
    onCard,
    unsupportedCurrencies: unsupported,
  })
  const alternate = role === 'alternate' ? ' It is not the list price of its slot, so its rate is entitled=false and the contracts using it get entitlement overrides.' : ''
  ctx.decide({
    stripeType: 'price',
    stripeId: p.id,
    rule: 'M10',
    targets,
    fidelity: targets.length > 0 ? 'approximate' : 'unsupported',
    reason:
      targets.length > 0
        ? `Volume tiers have no Metronome equivalent; option sql_metric: a SQL metric computes the period amount (CASE on the period quantity) and a FLAT rate of 1 bills it, so totals match Stripe.${alternate}${failures.length ? ` Not drafted: ${failures.join('; ')}.` : ''}`
        : `Volume-tiered price ${p.id} could not be drafted: ${[...failures, ...unsupported.map((c) => `${c} is not a Metronome currency`)].join('; ')}.`,
    lost: 'The quantity on the invoice (the line shows the amount), price management on the rate card (prices live in the SQL), multiplier semantics, and credit/commit burn timing (applied at the period end only).',
  })
  for (const code of unsupported) {
    ctx.decide({ stripeType: 'price', stripeId: p.id, rule: 'M9', qualifier: code.toLowerCase(), targets: [], fidelity: 'unsupported', reason: `The ${code} amounts cannot be billed by Metronome (not one of its 20 fiat currencies).` })
  }
}
