/**
 * The decisions that explain one metered price's rates (M9–M16). Pure over the context.
 * One main decision (M9 per-unit, M15 package, M11 graduated, M10 volume) plus one per technique the
 * conversion used (M12 base fee, M13 split tiers, M14 quantity transform, M16 other currencies) and one
 * per currency Metronome cannot bill (M9, unsupported).
 */
import { isMetronomeFiat, stripeMinorToMajor } from '../money'
import type { DraftContext, RateSpec } from './draft-context'
import { describeStripeTiers, describeTiers, describeValues } from './describe-terms'
import type { UsageEntry } from './map-usage-prices'
import { currencyTerms, describePrice } from './price-amounts'
import type { DecisionTarget, Fidelity, MappingRule } from './types'
import { hasFlatAmounts } from './volume-tiers'

export type UsageRateResult = {
  specByCurrency: Map<string, RateSpec>
  onCard: Set<string>
  rateTargets: DecisionTarget[]
  baseFeeTargets: DecisionTarget[]
  extraCurrencyTargets: DecisionTarget[]
  failures: string[]
  unsupportedCurrencies: string[]
  occupied: Array<{ currency: string; byPriceId: string }>
  splitTiers: number[]
  inexact: string[]
  specs: Array<{ currency: string; spec: RateSpec }>
  baseFee?: { productKey: string; billingFrequency: string }
}

function mainRule(e: UsageEntry): MappingRule {
  if (e.shape === 'volume') return 'M10'
  if (e.shape === 'graduated') return 'M11'
  return e.price.transform_quantity ? 'M15' : 'M9'
}

function termsText(e: UsageEntry, currency: string, spec: RateSpec): string {
  const p = e.price
  const terms = currencyTerms(p).find((t) => t.currency === currency)
  if (e.shape === 'graduated' || e.shape === 'volume') {
    const stripe = terms?.tiers ? describeStripeTiers(terms.tiers, currency) : ''
    return e.shape === 'graduated'
      ? `Graduated tiers ${stripe} → TIERED ${describeTiers(spec.tiers ?? [])} (sizes are tier widths, Appendix A)`
      : `Volume tiers ${stripe} have no Metronome equivalent; option contract_override: list rate FLAT ${describePrice(spec.price ?? '', currency)} (first tier) and each contract gets a FLAT OVERWRITE at the tier its customer is expected to reach`
  }
  const major = terms?.unitMinor ? stripeMinorToMajor(terms.unitMinor, currency) : '?'
  const t = p.transform_quantity
  return t
    ? `Package price ${major} ${currency} per ${t.divide_by} units (partial packages round ${t.round}) → FLAT ${describePrice(spec.price ?? '', currency)} per package`
    : `Per-unit price ${major} ${currency} → FLAT ${describePrice(spec.price ?? '', currency)}`
}

export function decideUsagePrice(ctx: DraftContext, e: UsageEntry, productKey: string, r: UsageRateResult, role: 'standard' | 'alternate'): void {
  const p = e.price
  const primary = p.currency.toUpperCase()
  const productTarget: DecisionTarget = { type: 'product', key: productKey }
  const alternateNote =
    role === 'alternate' ? ' It is not the list price of its slot: the rate is drafted with entitled=false and the contracts that use it get entitlement overrides.' : ''
  const occupied = r.occupied.map((o) => `${o.currency} already priced by ${o.byPriceId}`).join('; ')
  const occupiedNote = occupied ? ` Not on the card where ${occupied} (contracts using this price get an override).` : ''

  if (!isMetronomeFiat(primary)) {
    ctx.decide({
      stripeType: 'price',
      stripeId: p.id,
      rule: 'M9',
      targets: [...r.extraCurrencyTargets],
      fidelity: 'unsupported',
      reason: `Price ${p.id} is in ${primary}, which is not one of Metronome's 20 fiat currencies; no ${primary} rate card was drafted.`,
    })
  } else {
    const spec = r.specs.find((s) => s.currency === primary)?.spec
    const rule = mainRule(e)
    if (!spec) {
      ctx.decide({ stripeType: 'price', stripeId: p.id, rule, targets: [productTarget], fidelity: 'unsupported', reason: `Price ${p.id} could not be drafted: ${r.failures.join('; ')}.` })
    } else {
      const where = `product "${productKey}"${describeValues(e.groupValues)} on rate card "${ctx.cardFor(primary)}"`
      const fidelity: Fidelity = e.shape === 'volume' || r.inexact.length > 0 ? 'approximate' : 'exact'
      const lost = [
        e.shape === 'volume' ? `Automatic tier changes: each customer pays the contract's tier rate for every unit.${hasFlatAmounts(currencyTerms(p)[0]?.tiers ?? []) ? ' Tier flat amounts.' : ''} The alternative (volumeTierStrategy sql_metric) keeps totals exact.` : '',
        e.shape === 'graduated' ? 'The invoice shows one line per tier; tier size as a width is inferred from the docs (confirm in a sandbox).' : '',
        r.inexact.length ? `${r.inexact.length === 1 ? 'Price' : 'Prices'} ${r.inexact.join(', ')} cannot be sent exactly as a JSON number.` : '',
      ].filter(Boolean).join(' ')
      ctx.decide({
        stripeType: 'price',
        stripeId: p.id,
        rule,
        targets: [productTarget, ...r.rateTargets],
        fidelity,
        reason: `${termsText(e, primary, spec)} for ${where}.${alternateNote}${occupiedNote}`,
        ...(lost ? { lost } : {}),
      })
    }
  }
  decideTechniques(ctx, e, productKey, r)
}

function decideTechniques(ctx: DraftContext, e: UsageEntry, productKey: string, r: UsageRateResult): void {
  const p = e.price
  const productTarget: DecisionTarget = { type: 'product', key: productKey }
  if (r.baseFee) {
    ctx.decide({
      stripeType: 'price',
      stripeId: p.id,
      rule: 'M12',
      targets: [...r.baseFeeTargets, ...r.rateTargets],
      fidelity: 'approximate',
      reason: `The first tier's flat fee with unit price 0 (included usage) became SUBSCRIPTION product "${r.baseFee.productKey}" billed ${r.baseFee.billingFrequency}, and the usage rate's first tier is free.`,
      lost: 'The fee is charged even in a period without usage (Stripe charges it only when usage enters the tier); the 1-unit-tier technique (M13) keeps it usage-dependent.',
    })
  }
  if (r.splitTiers.length > 0) {
    const count = ctx.catalog.billableMetrics.find((m) => m.key === ctx.productByKey(productKey)?.billable_metric)?.aggregation_type === 'COUNT'
    ctx.decide({
      stripeType: 'price',
      stripeId: p.id,
      rule: 'M13',
      targets: [productTarget, ...r.rateTargets],
      fidelity: count ? 'exact' : 'approximate',
      reason: `${r.splitTiers.length === 1 ? 'Tier' : 'Tiers'} ${r.splitTiers.join(', ')} ${r.splitTiers.length === 1 ? 'carries' : 'carry'} a flat amount: each was split into a 1-unit tier priced flat + unit amount, followed by the rest of the tier at the unit amount.`,
      lost: `The "flat fee" label on the invoice (an extra tier line instead).${count ? '' : ' Fractional quantities inside the 1-unit tier are charged pro rata: add quantity rounding at 0 dp if quantities can be fractional.'}`,
    })
  }
  const t = p.transform_quantity
  if (t) {
    const grouped = (ctx.productByKey(productKey)?.pricing_group_key?.length ?? 0) > 0
    ctx.decide({
      stripeType: 'price',
      stripeId: p.id,
      rule: 'M14',
      targets: [productTarget],
      fidelity: grouped ? 'approximate' : 'exact',
      reason: `transform_quantity (divide by ${t.divide_by}, round ${t.round}) became the product's quantity_conversion DIVIDE ${t.divide_by} and quantity_rounding ROUND_${t.round.toUpperCase()} at 0 decimal places.`,
      lost: `Exact only if Metronome rounds the period total per line item (undocumented)${grouped ? '; with pricing group keys the rounding applies per group, which can raise the total' : ''}.`,
    })
  }
  if (r.extraCurrencyTargets.length > 0) {
    const currencies = r.specs.map((s) => s.currency).filter((c) => c !== p.currency.toUpperCase())
    ctx.decide({
      stripeType: 'price',
      stripeId: p.id,
      rule: 'M16',
      targets: r.extraCurrencyTargets,
      fidelity: 'exact',
      reason: `currency_options ${currencies.join(', ')} became rates on one rate card per currency (a Metronome card has exactly one fiat currency); non-USD prices are in whole units.`,
    })
  }
  for (const code of r.unsupportedCurrencies) {
    if (code === p.currency.toUpperCase()) continue
    ctx.decide({
      stripeType: 'price',
      stripeId: p.id,
      rule: 'M9',
      qualifier: code.toLowerCase(),
      targets: [],
      fidelity: 'unsupported',
      reason: `The ${code} currency option cannot be billed by Metronome (not one of its 20 fiat currencies); customers paying in ${code} need another currency.`,
    })
  }
}
