/**
 * RC-unknown-reference · References name objects that exist.
 * Invariant: every key a catalogue object references (metric, product, card, pricing unit, package) is
 * held by an object of that kind in the catalogue; a rate's credit_type is a supported fiat code or a
 * pricing-unit key.
 * Source: Ratecraft catalogue format v1 (references by key, resolved by the publisher); metronome-api.md
 * §4 item 7 (a missing pricing unit blocks publishing).
 */
import type { CatalogKind } from '../../schemas'
import type { Entry } from '../entry'
import { objectRule, on, type IssueDraft, type RuleContext } from '../rule'
import type { Segment } from '../structural'
import { commitTerms, describeKind, isFiatCode, overrideTerms } from '../support/catalog'
import { cite } from '../support/sources'

function need(out: IssueDraft[], ctx: RuleContext, e: Entry, kind: CatalogKind, key: string | undefined, rel: Segment[]): void {
  if (key === undefined || key === '' || ctx.index.has(kind, key)) return
  out.push(on(e, rel, `No ${describeKind(kind)} has the key \`${key}\`: fix the key or add the ${describeKind(kind)}.`))
}

export default objectRule<'product' | 'rate' | 'rate_card' | 'package' | 'contract'>({
  code: 'RC-unknown-reference',
  severity: 'error',
  title: 'Reference to a missing object',
  explanation: 'Objects reference each other by key (a rate names its product and card, a product its metric, …). The publisher resolves keys to Metronome ids, so a key with no object cannot be published.',
  fix: 'Fix the key, or add the missing object.',
  ...cite('Ratecraft catalogue format v1; metronome-api.md §4 item 7', ['SDK-PY']),
  subjects: ['product', 'rate', 'rate_card', 'package', 'contract'],
  appliesTo: ['billable_metric', 'product', 'pricing_unit', 'rate_card', 'rate', 'package', 'contract'],
  check(e, ctx) {
    if (e.kind === 'rate') {
      // Hot path (every rate): no allocation unless a reference is broken.
      const ct = e.doc.credit_type
      if (ctx.index.has('product', e.doc.product) && ctx.index.has('rate_card', e.doc.rate_card) && (ct === undefined || isFiatCode(ct) || ctx.index.has('pricing_unit', ct))) return
    }
    const out: IssueDraft[] = []
    switch (e.kind) {
      case 'product':
        need(out, ctx, e, 'billable_metric', e.doc.billable_metric, ['billable_metric'])
        e.doc.composite_products?.forEach((k, i) => need(out, ctx, e, 'product', k, ['composite_products', i]))
        break
      case 'rate': {
        need(out, ctx, e, 'product', e.doc.product, ['product'])
        need(out, ctx, e, 'rate_card', e.doc.rate_card, ['rate_card'])
        const ct = e.doc.credit_type
        if (ct !== undefined && !isFiatCode(ct) && !ctx.index.has('pricing_unit', ct))
          out.push(on(e, ['credit_type'], `\`credit_type\` "${ct}" is neither a Metronome fiat currency nor the key of a pricing unit: fix it or add the pricing unit.`))
        break
      }
      case 'rate_card':
        e.doc.credit_type_conversions?.forEach((c, i) => need(out, ctx, e, 'pricing_unit', c.pricing_unit, ['credit_type_conversions', i, 'pricing_unit']))
        break
      case 'package':
      case 'contract': {
        need(out, ctx, e, 'rate_card', e.doc.rate_card, ['rate_card'])
        if (e.kind === 'contract') need(out, ctx, e, 'package', e.doc.package, ['package'])
        for (const t of commitTerms(e.doc)) {
          need(out, ctx, e, 'product', t.term.product, [...t.rel, 'product'])
          t.term.applicable_products?.forEach((k, i) => need(out, ctx, e, 'product', k, [...t.rel, 'applicable_products', i]))
          t.term.specifiers?.forEach((s, i) => need(out, ctx, e, 'product', s.product, [...t.rel, 'specifiers', i, 'product']))
          const ct = t.term.access_schedule?.credit_type
          if (ct !== undefined && !isFiatCode(ct) && !ctx.index.has('pricing_unit', ct))
            out.push(on(e, [...t.rel, 'access_schedule', 'credit_type'], `\`credit_type\` "${ct}" is neither a Metronome fiat currency nor a pricing unit key.`))
        }
        for (const { term: o, rel } of overrideTerms(e.doc)) {
          need(out, ctx, e, 'product', o.product, [...rel, 'product'])
          o.override_specifiers?.forEach((s, i) => need(out, ctx, e, 'product', s.product, [...rel, 'override_specifiers', i, 'product']))
        }
        e.doc.subscriptions?.forEach((s, i) => need(out, ctx, e, 'product', s.product, ['subscriptions', i, 'product']))
        break
      }
    }
    return out
  },
})
