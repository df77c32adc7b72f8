/**
 * A validation finding. Pure.
 * `code` is `MTR-<n>` for metronome-domain.md §8 rule n, `RC-<name>` for Ratecraft's own checks.
 * `path` is a JSON Pointer into the catalogue JSON (see schemas.ts), so the CLI, the issues panel and
 * inline field messages all point at the same field. Issues about validation-context inputs that are not
 * part of the catalogue (uploaded sample events, pipeline settings, …) are rooted at that input's name
 * (`/sampleEvents/3/payload/tokens`, `/pipeline/ingestBatchSize`; see validation/context.ts): the
 * catalogue's top-level keys are a closed set, so those roots never collide with a catalogue path.
 * The rules catalogue (validation/rule-catalog.ts) gives every code its title, explanation and source.
 */
export type Severity = 'error' | 'warning'

export type IssueCode = `MTR-${number}` | `RC-${string}`

export type Issue = {
  code: IssueCode
  severity: Severity
  path: string
  message: string
  /** Where the rule comes from (a doc citation or address); shown on the Rules page. */
  source?: string
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error')
}
