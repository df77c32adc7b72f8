/**
 * Which published products a draft updates in place (time-versioned fields) or re-points at a
 * replacement metric. Pure; used by MTR-37/38, which run only when the effective time is suspect.
 */
import { changedFields } from '../../diff'
import { metricDefinitionChanges } from '../../immutability'
import type { RuleContext } from '../rule'

export function productsWithScheduledUpdates(ctx: RuleContext): string[] {
  const out: string[] = []
  for (const e of ctx.index.valid('product')) {
    const p = ctx.published.get('product', e.key)
    if (!p || p.archived || !p.doc) continue
    const updated = changedFields('product', p.doc, e.doc).some((f) => !f.local && !f.immutable)
    const m = ctx.published.get('billable_metric', e.doc.billable_metric)
    const draftMetric = ctx.index.doc('billable_metric', e.doc.billable_metric)
    const repointed = m?.doc && !m.archived && draftMetric ? metricDefinitionChanges(m.doc, draftMetric).length > 0 : false
    if ((updated || repointed) && !out.includes(e.key)) out.push(e.key)
  }
  return out
}
