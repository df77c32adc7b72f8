/**
 * RC-rule-failed · A rule could not evaluate an object.
 * Invariant: emitted by the engine (engine.ts runRule) when a rule throws; never by this entry's check.
 * The object is then unchecked by that rule, so the issue is an error: publishing it would be blind.
 * Source: issue 5 "Bad input" (an issue instead of a thrown error).
 */
import { globalRule } from '../rule'

export default globalRule({
  code: 'RC-rule-failed',
  severity: 'error',
  title: 'Rule could not evaluate',
  explanation: 'A rule hit data it could not interpret (for instance a malformed context input). Ratecraft reports it instead of failing the whole validation; the object was not checked by that rule.',
  fix: 'Fix the structural problems reported on the same object or input, then validate again.',
  source: 'Ratecraft: issue 5 "Bad input"',
  links: [],
  appliesTo: [],
  check() {},
})
