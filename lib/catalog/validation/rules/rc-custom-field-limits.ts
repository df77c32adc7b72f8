/**
 * RC-custom-field-limits · Custom fields fit Metronome's limits.
 * Invariant: custom-field keys ≤ 100 characters, values ≤ 200 characters; when the account's registered
 * keys are known (accountFlags.customFieldKeys), every key is registered for that entity.
 * Source: metronome-api.md §3 CF1 (E).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { cite } from '../support/sources'

export default objectRule<'billable_metric' | 'product' | 'rate_card'>({
  code: 'RC-custom-field-limits',
  severity: 'error',
  title: 'Custom field outside the limits',
  explanation: 'A custom-field key must be registered for the entity (`customFields.addKey`) before use; keys are at most 100 characters and values at most 200.',
  fix: 'Shorten the key or value, or register the key in Metronome first.',
  ...cite('metronome-api.md §3 CF1', ['MD-CF']),
  subjects: ['billable_metric', 'product', 'rate_card'],
  appliesTo: ['billable_metric', 'product', 'rate_card', 'context'],
  check(e, ctx) {
    const fields = e.doc.custom_fields
    if (!fields) return
    const allowed = ctx.flags.customFieldKeys?.[e.kind]
    const out: IssueDraft[] = []
    for (const [k, v] of Object.entries(fields)) {
      if (k.length > 100) out.push(on(e, ['custom_fields', k], `The custom-field key is ${k.length} characters long; Metronome allows 100.`))
      if (v.length > 200) out.push(on(e, ['custom_fields', k], `The value of \`${k}\` is ${v.length} characters long; Metronome allows 200.`))
      if (allowed && !allowed.includes(k)) out.push(on(e, ['custom_fields', k], `\`${k}\` is not a registered custom-field key for ${e.kind.replace('_', ' ')}s: register it in Metronome first (customFields.addKey).`))
    }
    return out
  },
})
