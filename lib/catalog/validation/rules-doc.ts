/**
 * docs/rules.md, rendered from the rules catalogue so the document can never drift from the code
 * (rule-catalog.test.ts compares the file with this output). Pure.
 * Regenerate: node --import tsx bench/validate/write-rules-doc.ts
 */
import { RULE_CATALOG, SILENT_FAILURE_TRAPS, type RuleInfo } from './rule-catalog'

function section(r: RuleInfo): string {
  const flags = [r.severity, r.inferred ? 'INFERRED (never an error)' : '', r.silentFailure ? 'silent-failure trap' : ''].filter(Boolean).join(' · ')
  const lines = [
    `### ${r.code} · ${r.title}`,
    '',
    `- **Severity:** ${flags}`,
    `- **Catches:** ${r.explanation}`,
    `- **Fix:** ${r.fix}`,
    `- **Reads:** ${r.reads.length ? r.reads.map((x) => '`' + x + '`').join(', ') : 'reported by the engine itself'}`,
    `- **Source:** ${r.source}${r.links.length ? ' — ' + r.links.map((l) => `<${l}>`).join(', ') : ''}`,
    '',
  ]
  return lines.join('\n')
}

export function renderRulesMarkdown(): string {
  const mtr = RULE_CATALOG.filter((r) => r.code.startsWith('MTR-'))
  const rc = RULE_CATALOG.filter((r) => r.code.startsWith('RC-'))
  const count = (list: readonly RuleInfo[], s: string) => list.filter((r) => r.severity === s).length
  const out = [
    '# Validation rules',
    '',
    '<!-- Generated from lib/catalog/validation/rule-catalog.ts by `node --import tsx bench/validate/write-rules-doc.ts`. Do not edit by hand. -->',
    '',
    `Ratecraft checks every catalogue on each edit (in the browser) and again on save, submit and publish (on the server), with the same ${RULE_CATALOG.length} rules.`,
    `\`MTR-<n>\` is rule *n* of metronome-domain.md §8 (${mtr.length} rules: ${count(mtr, 'error')} that can block a publish, ${count(mtr, 'warning')} warnings); \`RC-<name>\` is one of Ratecraft's own checks (${rc.length}).`,
    '',
    '- **error** blocks publishing: Metronome rejects the configuration, or it is documented as impossible, or it would bill wrong.',
    '- **warning** does not block: the configuration is accepted but lossy, surprising, undocumented or worth a second look. A rule whose severity is "error" may also raise warnings for the milder cases it describes.',
    '- **INFERRED** rules rest on an interpretation no source states; they never raise errors.',
    '- Each issue has a `path`, a JSON Pointer into the catalogue JSON (`/rates/12/price`); issues about inputs that are not part of the catalogue are rooted at that input (`/sampleEvents/3/payload/tokens`, `/pipeline/ingestBatchSize`).',
    '- Where metronome-api.md §3 and metronome-domain.md §8 disagree on a severity, the stricter applies; where issue 5 turns an immutable change into a remedy, it is a warning. Each such decision is noted in the rule\'s source.',
    '',
    '## Silent-failure traps',
    '',
    'Configurations Metronome accepts without complaint and then bills wrong, and the rule that catches each:',
    '',
    '| Trap | Rule |',
    '|---|---|',
    ...SILENT_FAILURE_TRAPS.map((t) => `| ${t.trap} | ${t.code} |`),
    '',
    '## Metronome rules (metronome-domain.md §8)',
    '',
    ...mtr.map(section),
    "## Ratecraft's own checks",
    '',
    ...rc.map(section),
  ]
  return out.join('\n')
}
