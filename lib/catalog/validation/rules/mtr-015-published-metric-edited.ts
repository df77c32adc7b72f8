/**
 * MTR-15 · Editing a published metric replaces it.
 * Invariant: warns when the draft changes a definition field (anything but name/custom fields and
 * Ratecraft annotations) of a metric recorded as published, and spells out the replace remedy.
 * Source: metronome-domain.md §8 rule 15 [MD-BM-LEGACY][SD-SETUP][MD-API-PROD-U] (W). metronome-api.md
 * §3 BM8 says E "on edit of a published metric"; issue 5 item 2 overrides both: Ratecraft turns the edit
 * into the remedy (new metric → products re-pointed → old archived) with a warning.
 */
import { metricConsequence, metricDefinitionChanges } from '../../immutability'
import { objectRule, on } from '../rule'
import { cite } from '../support/sources'
import { effectiveText } from '../support/time'

export default objectRule<'billable_metric'>({
  code: 'MTR-15',
  severity: 'warning',
  title: 'Published metric edited (will be replaced)',
  explanation:
    'Billable metrics cannot be edited in Metronome ("You cannot edit billable metrics"; group keys, aggregation and event type filter are fixed at creation). Ratecraft publishes the change as a new metric, re-points the products at an hour-aligned starting_at, and archives the old metric.',
  fix: 'Accept the replacement (and plan for the reflow of older events), or revert the definition to the published one.',
  ...cite('metronome-domain.md §8 rule 15; issue 5 item 2 (remedy + warning, over metronome-api.md §3 BM8 E)', ['MD-BM-LEGACY', 'SD-SETUP', 'MD-API-PROD-U']),
  subjects: ['billable_metric'],
  appliesTo: ['billable_metric', 'product', 'published', 'context'],
  check(e, ctx) {
    const p = ctx.published.get('billable_metric', e.key)
    if (!p || p.archived || !p.doc) return
    const fields = metricDefinitionChanges(p.doc, e.doc)
    if (!fields.length) return
    const products = [...new Set(ctx.index.related('productsByMetric', e.key).map((x) => x.key))]
    return [on(e, [fields[0]!], metricConsequence(e.key, fields, effectiveText(ctx.effectiveAt), products, p.metronomeId))]
  },
})
