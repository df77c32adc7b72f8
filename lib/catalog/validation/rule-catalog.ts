/**
 * The rules catalogue: what every validation rule checks, how severe it is and where it comes from, for
 * the Rules page, docs/rules.md and the issue panel's "why". Pure data derived from the registry.
 */
import type { IssueCode, Severity } from './issue'
import type { InputKind } from './rule'
import { RULES } from './rules'

export type RuleInfo = {
  code: IssueCode
  severity: Severity
  title: string
  explanation: string
  fix: string
  source: string
  links: string[]
  inferred: boolean
  silentFailure: boolean
  /** What the rule reads: catalogue kinds and context inputs. */
  reads: readonly InputKind[]
}

export const RULE_CATALOG: readonly RuleInfo[] = RULES.map((r) => ({
  code: r.code,
  severity: r.severity,
  title: r.title,
  explanation: r.explanation,
  fix: r.fix,
  source: r.source,
  links: r.links,
  inferred: r.inferred === true,
  silentFailure: r.silentFailure === true,
  reads: r.appliesTo,
}))

const BY_CODE = new Map(RULE_CATALOG.map((r) => [r.code, r]))

export function ruleInfo(code: string): RuleInfo | undefined {
  return BY_CODE.get(code as IssueCode)
}

/**
 * The silent-failure traps of issue 5 item 3 (and users-and-peers.md §7.1) and the code that catches each.
 * Where a §8 rule already covers a trap, its MTR code reports it (one issue per problem, not two).
 */
export const SILENT_FAILURE_TRAPS: ReadonlyArray<{ trap: string; code: IssueCode }> = [
  { trap: 'Rate without `entitled` (silently inactive)', code: 'MTR-45' },
  { trap: 'Rate with `entitled: false`', code: 'MTR-61' },
  { trap: 'SUM/MAX/LATEST without an aggregation key (silent zero)', code: 'MTR-4' },
  { trap: 'Group key without a property filter', code: 'MTR-7' },
  { trap: 'USAGE product without a metric (never charges)', code: 'MTR-30' },
  { trap: 'Case mismatch between event values and pricing_group_values ("gpt-4" vs "GPT-4")', code: 'RC-case-mismatch' },
  { trap: 'Price 100× off its Stripe origin (cents vs units)', code: 'MTR-62' },
  { trap: 'Numeric properties sent as strings in sample events', code: 'MTR-28' },
  { trap: 'Dimension values seen in usage with no rate (unbilled quantity)', code: 'MTR-55' },
  { trap: 'Estimated Stripe invoice lines over 250', code: 'MTR-90' },
  { trap: 'Price whose decimal cannot be sent to Metronome exactly', code: 'RC-price-not-exact' },
  { trap: 'Event type that no metric counts (silently ignored)', code: 'RC-event-type-unmatched' },
  { trap: 'Priced product that no rate card prices', code: 'RC-product-without-rate' },
  { trap: 'Duplicate keys', code: 'RC-duplicate-key' },
  { trap: 'Broken references (rate → unknown product/card, product → unknown metric)', code: 'RC-unknown-reference' },
]
