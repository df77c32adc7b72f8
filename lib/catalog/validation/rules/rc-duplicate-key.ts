/**
 * RC-duplicate-key · Keys are unique within a kind.
 * Invariant: no two objects of one kind share a key; every object after the first with a key is reported.
 * Source: Ratecraft: keys identify objects in references, diffs, publish plans and the CLI (keys.ts).
 */
import { globalRule, on, type IssueDraft } from '../rule'
import { describeKind } from '../support/catalog'
import { KIND_ORDER } from '../entry'
import type { CatalogKind } from '../../schemas'

export default globalRule({
  code: 'RC-duplicate-key',
  severity: 'error',
  title: 'Duplicate key',
  explanation: 'Every object is identified by its `key`: references, the review diff, the publish plan and the command line resolve keys to exactly one object. A second object with the same key is ambiguous (references resolve to the first).',
  fix: 'Give the object a key of its own.',
  source: 'Ratecraft catalogue format v1 (keys.ts)',
  links: [],
  appliesTo: KIND_ORDER,
  check(ctx) {
    const out: IssueDraft[] = []
    for (const id of ctx.index.duplicateKeys) {
      const [kind, key] = id.split('\u0000') as [CatalogKind, string]
      const all = ctx.index.allWithKey(kind, key)
      for (const e of all.slice(1))
        out.push(on(e, ['key'], `Another ${describeKind(kind)} already has the key \`${key}\` (entry ${all[0]!.pos}): give this one a key of its own; references resolve to the first.`))
    }
    return out
  },
})
