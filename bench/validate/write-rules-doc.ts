/**
 * Writes docs/rules.md from the rules catalogue (lib/catalog/validation/rules-doc.ts).
 * Run: node --import tsx bench/validate/write-rules-doc.ts
 */
import { writeFileSync } from 'node:fs'
import { renderRulesMarkdown } from '../../lib/catalog/validation/rules-doc'

const target = new URL('../../docs/rules.md', import.meta.url)
writeFileSync(target, renderRulesMarkdown())
console.log(`wrote ${target.pathname}`)
