/**
 * MTR-7 · Every group-key property has an Exists or In property filter.
 * Invariant: streaming metric ⇒ each name in group_keys has a property filter with `exists: true` or a
 * non-empty `in_values`.
 * Source: metronome-domain.md §8 rule 7 [MD-BM][AI-metronome-group-keys]; metronome-api.md §3 BM5 (E).
 * Silent-failure trap in users-and-peers.md §7.1 ("property_filters are required for every group key").
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { isSql } from '../support/catalog'
import { cite } from '../support/sources'
import { js } from '../support/text'

export default objectRule<'billable_metric'>({
  code: 'MTR-7',
  severity: 'error',
  title: 'Group key without a property filter',
  explanation:
    'For streaming metrics, "to include a property in a group key, it must be first defined in the property filters with an Exists or In filter". The API answers "Group key \'<key>\' does not match one of the property filter names."',
  fix: 'Add `{"name": "<property>", "exists": true}` (or an `in_values` list) to `property_filters` for every group-key property.',
  silentFailure: true,
  ...cite('metronome-domain.md §8 rule 7', ['MD-BM', 'AI']),
  subjects: ['billable_metric'],
  appliesTo: ['billable_metric'],
  check(e) {
    const m = e.doc
    if (isSql(m) || !m.group_keys) return
    const filters = m.property_filters ?? []
    const out: IssueDraft[] = []
    const seen = new Set<string>()
    m.group_keys.forEach((entry, i) =>
      entry.forEach((name, j) => {
        if (name === '' || seen.has(name)) return
        seen.add(name)
        const own = filters.filter((f) => f.name === name)
        if (own.some((f) => f.exists === true || (f.in_values?.length ?? 0) > 0)) return
        out.push(
          on(
            e,
            ['group_keys', i, j],
            own.length === 0
              ? `Group key '${name}' does not match one of the property filter names. Add ${js({ name, exists: true })} to \`property_filters\` of \`${e.key}\`.`
              : `Group key '${name}' has a property filter but neither \`exists: true\` nor an \`in_values\` list: set \`exists: true\` on it.`,
          ),
        )
      }),
    )
    return out
  },
})
