/**
 * MTR-50 · The SUBSCRIPTION rate type is legacy.
 * Invariant: rate_type SUBSCRIPTION is an error unless the account has legacy subscriptions enabled
 * (then a deprecation warning).
 * Source: metronome-domain.md §8 rule 50 [AI-…/rate-cards.md] (W). metronome-api.md §3 R6 (E) allows it only
 * behind `ff:legacy-subscriptions-enabled`; the stricter applies: error without that flag.
 */
import { objectRule, on } from '../rule'
import { cite } from '../support/sources'
import { up } from '../support/text'

export default objectRule<'rate'>({
  code: 'MTR-50',
  severity: 'error',
  title: 'Legacy SUBSCRIPTION rate type',
  explanation:
    '`rate_type: SUBSCRIPTION` is deprecated and available only with the legacy-subscriptions flag; subscriptions are a SUBSCRIPTION product with a FLAT rate and `billing_frequency`.',
  fix: 'Use `rate_type: FLAT` with `billing_frequency` on the SUBSCRIPTION product.',
  ...cite('metronome-domain.md §8 rule 50; metronome-api.md §3 R6 (E without the flag, stricter)', ['AI', 'SDK-PY']),
  subjects: ['rate'],
  appliesTo: ['rate', 'context'],
  check(e, ctx) {
    if (up(e.doc.rate_type) !== 'SUBSCRIPTION') return
    const legacy = ctx.flags.legacySubscriptions === true
    return [
      on(
        e,
        ['rate_type'],
        legacy
          ? '`rate_type: SUBSCRIPTION` is deprecated: use FLAT with `billing_frequency` on the SUBSCRIPTION product.'
          : '`rate_type: SUBSCRIPTION` needs the legacy-subscriptions flag on the account: use FLAT with `billing_frequency` on the SUBSCRIPTION product.',
        legacy ? 'warning' : 'error',
      ),
    ]
  },
})
