/**
 * MTR-12 · group_keys is a list of non-empty lists of distinct property names.
 * Invariant: no empty entry, no empty name, no name twice in one entry (errors); no two entries with the
 * same set of names (warning).
 * Source: metronome-domain.md §8 rule 12 [MD-API-BM]. metronome-api.md §3 BM7 marks duplicate entries E
 * but notes that part as *inferred*; INFERRED rules are never errors, so duplicates stay a warning.
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { cite } from '../support/sources'

/** A non-empty entry of non-empty, distinct names (checked without allocating). */
function wellFormed(entry: string[]): boolean {
  if (entry.length === 0) return false
  for (let j = 0; j < entry.length; j++) if (entry[j]!.trim() === '' || entry.indexOf(entry[j]!) !== j) return false
  return true
}

export default objectRule<'billable_metric'>({
  code: 'MTR-12',
  severity: 'error',
  title: 'Malformed group keys',
  explanation:
    'Each `group_keys` entry is one simple or compound key: a non-empty list of property names, each named once. Two entries with the same names are the same key (warning).',
  fix: 'Remove empty entries, empty names and repeated names; keep one entry per distinct set of names.',
  ...cite('metronome-domain.md §8 rule 12', ['MD-API-BM']),
  subjects: ['billable_metric'],
  appliesTo: ['billable_metric'],
  check(e) {
    const keys = e.doc.group_keys
    if (!keys || (keys.length === 1 && wellFormed(keys[0]!))) return
    const out: IssueDraft[] = []
    const sets = new Map<string, number>()
    keys.forEach((entry, i) => {
      if (entry.length === 0) {
        out.push(on(e, ['group_keys', i], 'A group key must name at least one property: remove this empty entry.'))
        return
      }
      entry.forEach((name, j) => {
        if (name.trim() === '') out.push(on(e, ['group_keys', i, j], 'Group-key property names must not be empty.'))
        else if (entry.indexOf(name) !== j) out.push(on(e, ['group_keys', i, j], `\`${name}\` appears twice in this group key: name each property once.`))
      })
      const id = [...new Set(entry)].sort().join('\u0000')
      const first = sets.get(id)
      if (first === undefined) sets.set(id, i)
      else out.push(on(e, ['group_keys', i], `This group key repeats entry ${first} (same properties): remove it.`, 'warning'))
    })
    return out
  },
})
