import fs from 'node:fs'
import { parseArgs } from 'node:util'
import { findJsonSyntaxError } from '@/lib/catalog/format/json-syntax'
import { validateChangeSet, validateDocument } from '@/lib/services/validation/validate-change-set'
import type { Command } from '../command'
import { UsageError } from '../io'

export const validateCommand: Command = {
  summary: 'Run every validation rule on a catalogue file or a change set (exit 1 on errors)',
  usage: 'validate [FILE | --change-set ID]',
  async run({ argv, out, ctx }) {
    const { values, positionals } = parseArgs({ args: argv, options: { 'change-set': { type: 'string' } }, allowPositionals: true, strict: true })
    if (positionals.length > 1 || (positionals.length && values['change-set'])) throw new UsageError('usage: ratecraft validate [FILE | --change-set ID]')
    const c = await ctx()
    let issues
    let label: string
    if (positionals[0]) {
      const file = positionals[0]
      let text: string
      try {
        text = fs.readFileSync(file, 'utf8')
      } catch (e) {
        throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`)
      }
      let doc: unknown
      try {
        doc = JSON.parse(text)
      } catch {
        const where = findJsonSyntaxError(text)
        throw new UsageError(`${file} is not valid JSON${where ? ` (line ${where.line}, column ${where.column}: ${where.message})` : ''}`)
      }
      issues = await validateDocument(c, doc)
      label = file
    } else {
      const r = await validateChangeSet(c, values['change-set'])
      issues = r.issues
      label = `CS-${r.number}`
    }
    const doc = { issues: issues.map(({ code, severity, path, message }) => ({ code, severity, path, message })) }
    const errors = issues.filter((i) => i.severity === 'error').length
    out.result(doc, () =>
      issues.length === 0
        ? `${label}: no issues`
        : [...issues.map((i) => `${i.severity === 'error' ? 'error  ' : 'warning'} ${i.code.padEnd(22)} ${i.path || '/'}  ${i.message}`), '', `${label}: ${errors} error(s), ${issues.length - errors} warning(s)`].join('\n'),
    )
    return errors > 0 ? 1 : 0
  },
}
