/**
 * MTR-88 · A contract provisioned from a package passes nothing else.
 * Invariant: a contract preview with `package` sets no card, terms or schedule of its own (only key, name,
 * customer, package, starting_at, origin).
 * Source: metronome-domain.md §8 rule 88 [SDK-PY][MD-PKG] (E).
 */
import { objectRule, on } from '../rule'
import { cite } from '../support/sources'

const ALLOWED = new Set(['key', 'name', 'customer', 'package', 'starting_at', 'origin'])

export default objectRule<'contract'>({
  code: 'MTR-88',
  severity: 'error',
  title: 'Package contract with its own terms',
  explanation:
    'Provisioning from a package accepts only customer_id, starting_at, package_id or package_alias (not both), uniqueness_key and transition: "any other term returns 400". Per-customer terms belong in another package or a contract without one.',
  fix: 'Remove the extra fields (put them in a package version), or drop `package` and give the contract its own terms.',
  ...cite('metronome-domain.md §8 rule 88', ['SDK-PY', 'MD-PKG']),
  subjects: ['contract'],
  appliesTo: ['contract'],
  check(e) {
    if (!e.doc.package) return
    return Object.keys(e.doc)
      .filter((f) => !ALLOWED.has(f) && (e.doc as Record<string, unknown>)[f] !== undefined)
      .map((f) => on(e, [f], `\`${f}\` cannot be passed when provisioning from the package \`${e.doc.package}\` (only customer, starting_at and the package are allowed): move it into the package or drop \`package\`.`))
  },
})
