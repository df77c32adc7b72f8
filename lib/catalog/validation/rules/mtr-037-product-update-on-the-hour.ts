/**
 * MTR-37 · Scheduled product updates start on an hour boundary.
 * Invariant: when the draft makes time-versioned changes to published products (including re-pointing
 * them at a replacement metric), context.effectiveAt, if given, is an hour-aligned RFC 3339 time.
 * Source: metronome-domain.md §8 rule 37 [MD-API-PROD-U]; metronome-api.md §3 P8 (E).
 */
import { globalRule, onRoot } from '../rule'
import { cite } from '../support/sources'
import { productsWithScheduledUpdates } from '../support/updates'
import { isHourAligned, parseTime } from '../support/time'
import { plural } from '../support/text'

export default globalRule({
  code: 'MTR-37',
  severity: 'error',
  title: 'Product update not on the hour',
  explanation: 'A product update\'s `starting_at` "must be on an hour boundary (e.g. 1:00, not 1:30)". Checks the effective time chosen for this publish when it updates published products.',
  fix: 'Choose an effective time on the hour, e.g. 2026-07-01T00:00:00Z.',
  ...cite('metronome-domain.md §8 rule 37', ['MD-API-PROD-U']),
  appliesTo: ['product', 'billable_metric', 'published', 'context'],
  check(ctx) {
    const raw = ctx.effectiveAt.raw
    if (raw === undefined) return
    const ms = parseTime(raw)
    if (ms !== undefined && isHourAligned(ms)) return
    const products = productsWithScheduledUpdates(ctx)
    if (!products.length) return
    return [
      onRoot(
        'effectiveAt',
        undefined,
        [],
        ms === undefined
          ? `The effective time "${raw}" is not an RFC 3339 UTC time; ${plural(products.length, 'published product')} ${products.length === 1 ? 'needs' : 'need'} a scheduled update (e.g. \`${products[0]}\`): use a time on the hour such as 2026-07-01T00:00:00Z.`
          : `Product updates must start on an hour boundary, but the effective time is ${raw}; ${plural(products.length, 'published product')} will be updated (e.g. \`${products[0]}\`): use ${new Date(Math.ceil(ms / 3_600_000) * 3_600_000).toISOString().replace('.000Z', 'Z')}.`,
      ),
    ]
  },
})
