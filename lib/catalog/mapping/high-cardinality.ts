/**
 * Which event properties must never become group keys (MTR-13/14). Pure.
 * Metronome asks to be contacted when a key approaches ~1,000 values per customer and warns against
 * identifiers such as request_id (metronome-domain.md §1.5); unbounded keys slow every query on the
 * metric, and group keys cannot be removed later.
 */
export const HIGH_CARDINALITY_THRESHOLD = 1000

const UNBOUNDED_NAME =
  /(^|[_.-])(request|req|trace|span|transaction|txn|idempotency|message|msg|event|session|correlation|invocation|call|run|execution)[_.-]?(id|key)$|(^|[_.-])(uuid|guid|ulid|nonce|hash|checksum|timestamp|ts|time|datetime|created_at|url|path|ip|ip_address|email|prompt|text|body)$/i

/** Names that are identifiers or free-form by nature, whatever the sample says. */
export function isUnboundedKeyName(key: string): boolean {
  return UNBOUNDED_NAME.test(key) || /^(id|uuid|guid)$/i.test(key)
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * Judges a key from its sample values: too many distinct values, UUID-shaped values, or a distinct
 * value on (nearly) every event of a large enough sample.
 */
export function cardinalityVerdict(key: string, values: readonly string[]): { high: boolean; distinct: number; why: string } {
  const distinct = new Set(values).size
  if (isUnboundedKeyName(key)) return { high: true, distinct, why: `"${key}" names an identifier or free-form value` }
  if (distinct > HIGH_CARDINALITY_THRESHOLD) return { high: true, distinct, why: `${distinct} distinct values in the sample (Metronome's guidance: ~1,000)` }
  const uuidShare = values.filter((v) => UUID.test(v)).length
  if (values.length > 0 && uuidShare / values.length > 0.5) return { high: true, distinct, why: 'values look like UUIDs' }
  if (values.length >= 20 && distinct / values.length > 0.9) return { high: true, distinct, why: `almost every event has its own value (${distinct} of ${values.length})` }
  return { high: false, distinct, why: '' }
}
