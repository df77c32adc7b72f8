/**
 * MTR-40 · Features that depend on account enablement.
 * Invariant: warns for COMPOSITE and PRO_SERVICE products, NetSuite ids, is_refundable,
 * include_composite_spend and exclude_free_usage unless context.accountFlags says the feature is enabled.
 * Source: metronome-domain.md §8 rule 40 [MD-API-PROD-C][AI] (W); metronome-api.md §3 P1 (W for COMPOSITE).
 */
import type { AccountFlags } from '../context'
import type { Entry } from '../entry'
import { objectRule, on, type IssueDraft } from '../rule'
import { productType } from '../support/catalog'
import { cite } from '../support/sources'

function need(out: IssueDraft[], e: Entry, enabled: boolean | undefined, rel: string, what: string): void {
  if (enabled !== true) out.push(on(e, [rel], `${what} depends on account enablement: ask Metronome to enable it before publishing \`${e.key}\`.`))
}

export default objectRule<'product'>({
  code: 'MTR-40',
  severity: 'warning',
  title: 'Needs account enablement',
  explanation:
    'Composite products (private beta), professional services, NetSuite item ids, `is_refundable`, `include_composite_spend` and `exclude_free_usage` are available only when Metronome enables them for the account.',
  fix: 'Ask Metronome to enable the feature (then record it in the account flags), or remove it.',
  ...cite('metronome-domain.md §8 rule 40', ['MD-API-PROD-C', 'AI']),
  subjects: ['product'],
  appliesTo: ['product', 'context'],
  check(e, ctx) {
    const flags: AccountFlags = ctx.flags
    const out: IssueDraft[] = []
    const t = productType(e.doc)
    if (t === 'COMPOSITE') need(out, e, flags.composite, 'type', 'COMPOSITE (private beta)')
    if (t === 'PRO_SERVICE' || t === 'PROFESSIONAL_SERVICE') need(out, e, flags.proServices, 'type', 'A professional-services product')
    if (e.doc.netsuite_internal_item_id !== undefined) need(out, e, flags.netsuite, 'netsuite_internal_item_id', '`netsuite_internal_item_id`')
    if (e.doc.netsuite_overage_item_id !== undefined) need(out, e, flags.netsuite, 'netsuite_overage_item_id', '`netsuite_overage_item_id`')
    if (e.doc.is_refundable !== undefined) need(out, e, flags.isRefundable, 'is_refundable', '`is_refundable`')
    if (e.doc.include_composite_spend === true) need(out, e, flags.includeCompositeSpend, 'include_composite_spend', '`include_composite_spend`')
    if (e.doc.exclude_free_usage !== undefined && t === 'COMPOSITE') need(out, e, flags.composite, 'exclude_free_usage', '`exclude_free_usage` (beta)')
    return out
  },
})
