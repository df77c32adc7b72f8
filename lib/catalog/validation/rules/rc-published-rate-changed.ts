/**
 * RC-published-rate-changed · Changing a published rate is a new dated rate.
 * Invariant: warns (with the remedy) when a published rate not yet in force changed; warns when a published
 * rate in force gets a future end date, naming the successor that takes over then, or saying that none does
 * (the published rate keeps applying in Metronome, which cannot end it).
 * Source: issue 5 item 2 (remedy: a new dated rate, warning); metronome-domain.md §3.2 (no rate update or
 * delete; price changes are later rates).
 */
import { rateConsequence, rateInForce, rateRewrites } from '../../immutability'
import { deepEqual } from '../../diff'
import { objectRule, on, type IssueDraft } from '../rule'
import { comboKey, ratesOf } from '../support/catalog'
import { cite } from '../support/sources'
import { effectiveText, parseTime } from '../support/time'

export default objectRule<'product'>({
  code: 'RC-published-rate-changed',
  severity: 'warning',
  title: 'Published rate changed (new dated rate)',
  explanation:
    'Rates are an append-only schedule in Metronome. A change to a published rate that is not yet in force is published as a new rate from its start; an end date on a rate in force is expressed by the rate that follows it.',
  fix: 'Prefer leaving published rates as they are and adding the change as a new rate with its own key; make sure a successor starts when a published rate should end.',
  ...cite('issue 5 item 2; metronome-domain.md §3.2', ['MD-RC', 'SDK-PY']),
  subjects: ['product'],
  appliesTo: ['product', 'rate', 'published', 'context'],
  check(e, ctx) {
    const out: IssueDraft[] = []
    const rates = ratesOf(ctx.index, e.key)
    for (const r of rates) {
      const p = ctx.published.get('rate', r.key)
      if (!p || p.archived || !p.doc) continue
      if (!rateInForce(p.doc, ctx.now)) {
        const fields = rateRewrites(p.doc, r.doc, ctx.now)
        if (fields.length) {
          const start = parseTime(r.doc.starting_at)
          const at = start !== undefined && ctx.now !== undefined && start >= ctx.now ? r.doc.starting_at : effectiveText(ctx.effectiveAt)
          out.push(on(r, [fields[0]!], rateConsequence(r.key, fields, at)))
        }
        continue
      }
      if (deepEqual(p.doc.ending_before, r.doc.ending_before) || rateRewrites(p.doc, r.doc, ctx.now).length) continue
      const end = r.doc.ending_before
      const successor = rates.find(
        (s) => s !== r && s.doc.rate_card === r.doc.rate_card && comboKey(s.doc.pricing_group_values) === comboKey(r.doc.pricing_group_values) && (s.doc.billing_frequency ?? '') === (r.doc.billing_frequency ?? '') && s.doc.starting_at === end,
      )
      out.push(
        on(
          r,
          ['ending_before'],
          successor
            ? `Metronome cannot end a published rate: \`${r.key}\` stays open-ended there, and \`${successor.key}\` (from ${end}) supersedes it.`
            : `Metronome cannot end a published rate: \`${r.key}\` keeps applying after ${end ?? 'its end'} unless a rate for the same product and values starts then. Add that successor rate.`,
        ),
      )
    }
    return out
  },
})
