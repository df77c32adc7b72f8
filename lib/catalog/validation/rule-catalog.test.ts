/** The rules catalogue covers the registry, and docs/rules.md is its current rendering. */
import { describe, expect, it } from 'vitest'
import rulesDoc from '../../../docs/rules.md?raw'
import { RULE_CATALOG, ruleInfo, SILENT_FAILURE_TRAPS } from './rule-catalog'
import { renderRulesMarkdown } from './rules-doc'
import { RULES } from './rules'

describe('rule catalogue', () => {
  it('lists every registered rule once, in registry order', () => {
    expect(RULE_CATALOG.map((r) => r.code)).toEqual(RULES.map((r) => r.code))
  })

  it('maps every silent-failure trap to a registered rule', () => {
    for (const t of SILENT_FAILURE_TRAPS) expect(ruleInfo(t.code), t.trap).toBeDefined()
  })

  it('has docs/rules.md up to date (regenerate with bench/validate/write-rules-doc.ts)', () => {
    expect(rulesDoc).toBe(renderRulesMarkdown())
  })

  it.each(RULE_CATALOG.map((r) => [r.code] as const))('documents %s in docs/rules.md', (code) => {
    expect(rulesDoc).toContain(`### ${code} · `)
  })
})
