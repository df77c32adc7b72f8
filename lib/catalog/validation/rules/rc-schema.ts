/**
 * RC-schema · The catalogue matches the catalogue format (ZDraftCatalog).
 * Invariant: reported by the engine's structural pass (structural.ts), not by this entry's check: the
 * entry exists so the code has a registry row (title, explanation, source) like every other rule.
 * Source: Ratecraft catalogue format v1 (lib/catalog/schemas.ts); architecture.md §5 convention 2.
 */
import { CATALOG_SCHEMA_ID } from '../../schemas'
import { globalRule } from '../rule'

export default globalRule({
  code: 'RC-schema',
  severity: 'error',
  title: 'Not in the catalogue format',
  explanation:
    'The catalogue JSON must match the catalogue format v1: a strict object with `format`, `version` and seven lists, each object with its documented fields and types. Objects that do not match are skipped by the other rules until fixed.',
  fix: 'Fix the field named in the message (its type, spelling or presence).',
  source: `Ratecraft catalogue format v1 (${CATALOG_SCHEMA_ID})`,
  links: [CATALOG_SCHEMA_ID],
  appliesTo: [],
  check() {},
})
