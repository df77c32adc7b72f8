/**
 * MTR-55 · Usage in a dimensional combination that has no rate is left unbilled.
 * Invariant: warns (once per product, with the unbilled quantity) when sample events or expected usage of
 * a dimensional product fall in pricing-group combinations no rate prices. Combinations priced only
 * case-insensitively are RC-case-mismatch's.
 * Source: metronome-domain.md §8 rule 55 and §7 item 9 [MD-RC][MD-INV] (W). Silent-failure trap of issue 5
 * item 3 ("dimension values seen in usage with no rate").
 */
import { objectRule, on } from '../rule'
import { coverageOf, describeCombo, describeQuantity } from '../support/coverage'
import { cite } from '../support/sources'
import { plural } from '../support/text'

export default objectRule<'product'>({
  code: 'MTR-55',
  severity: 'warning',
  title: 'Usage with no rate',
  explanation:
    "Metronome prices dimensional usage per combination of pricing-group values, and what happens to usage whose combination has no rate is undocumented: expect it to show on the invoice uncharged. Checks the uploaded sample events and the expected usage against the product's rates.",
  fix: 'Add a rate for each combination that has usage (or a rate without `pricing_group_values` for the rest), or stop sending that usage.',
  silentFailure: true,
  ...cite('metronome-domain.md §8 rule 55', ['MD-RC', 'MD-INV']),
  subjects: ['product'],
  appliesTo: ['product', 'rate', 'billable_metric', 'sampleEvents', 'usage'],
  check(e, ctx) {
    const cov = coverageOf(e, ctx)
    if (!cov || cov.uncovered.length === 0) return
    const shown = cov.uncovered
      .slice(0, 5)
      .map((c) => `${describeCombo(c.values)}: ${describeQuantity(c, cov.measure)}`)
      .join('; ')
    const more = cov.uncovered.length > 5 ? `; and ${cov.uncovered.length - 5} more` : ''
    return [
      on(
        e,
        ['pricing_group_key'],
        `Usage of \`${e.key}\` falls in ${plural(cov.uncovered.length, 'combination')} that no rate prices, and would go unbilled: ${shown}${more}. Add rates for them.`,
      ),
    ]
  },
})
