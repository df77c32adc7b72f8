/**
 * MTR-60 · An alias points at one card (or one package) at a time.
 * Invariant: warns when two cards (or two packages) hold the same alias over overlapping times, and when
 * the draft moves a published alias to another card or package.
 * Source: metronome-domain.md §8 rule 60 [SDK-PY rate_cards][SDK-NODE packages]; metronome-api.md §3 R13, PK5 (W).
 */
import type { CatalogKind } from '../../schemas'
import { globalRule, on, type IssueDraft } from '../rule'
import type { ValidEntry } from '../entry'
import { cite } from '../support/sources'
import { parseTime } from '../support/time'

type Holder = ValidEntry<'rate_card'> | ValidEntry<'package'>

export default globalRule({
  code: 'MTR-60',
  severity: 'warning',
  title: 'Alias reassigned',
  explanation:
    '"A rate card alias can only be used by one rate card at a time": assigning it to another card (or package) re-points it, most recent wins. Contracts already created keep their card or package.',
  fix: 'Give each alias to one card (or package) at a time, with `starting_at`/`ending_before` for a planned hand-over.',
  ...cite('metronome-domain.md §8 rule 60', ['SDK-PY', 'SDK-NODE']),
  appliesTo: ['rate_card', 'package', 'published'],
  check(ctx) {
    const out: IssueDraft[] = []
    for (const kind of ['rate_card', 'package'] as const) {
      const what = kind === 'rate_card' ? 'card' : 'package'
      const seen = new Map<string, Array<{ holder: Holder; i: number; start: number; end: number }>>()
      for (const holder of ctx.index.valid(kind) as Holder[]) {
        holder.doc.aliases?.forEach((a, i) => {
          const start = parseTime(a.starting_at) ?? Number.NEGATIVE_INFINITY
          const end = parseTime(a.ending_before) ?? Number.POSITIVE_INFINITY
          const earlier = seen.get(a.name) ?? []
          const clash = earlier.find((x) => x.holder.key !== holder.key && x.start < end && start < x.end)
          if (clash)
            out.push(on(holder, ['aliases', i, 'name'], `The alias "${a.name}" is also held by the ${what} \`${clash.holder.key}\` at overlapping times; the most recently assigned wins. Schedule the hand-over with \`starting_at\`/\`ending_before\`.`))
          earlier.push({ holder, i, start, end })
          seen.set(a.name, earlier)
        })
        const before = ctx.published.all(kind as CatalogKind).filter((p) => p.key !== holder.key && !p.archived)
        holder.doc.aliases?.forEach((a, i) => {
          const from = before.find((p) => ((p.doc as { aliases?: Array<{ name: string }> } | undefined)?.aliases ?? []).some((x) => x.name === a.name))
          if (from && !ctx.index.get(kind, from.key)?.doc.aliases?.some((x) => x.name === a.name))
            out.push(on(holder, ['aliases', i, 'name'], `Publishing moves the alias "${a.name}" from the ${what} \`${from.key}\` to \`${holder.key}\`: new contracts using the alias get \`${holder.key}\`; existing contracts keep \`${from.key}\`.`))
        })
      }
    }
    return out
  },
})
