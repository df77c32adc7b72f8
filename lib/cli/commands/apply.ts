import fs from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { CatalogError } from '@/lib/catalog/errors'
import { applyCatalog, CatalogFileError, formatProblem } from '@/lib/services/catalog-code/apply-catalog'
import type { Command } from '../command'
import { UsageError } from '../io'

export const applyCommand: Command = {
  summary: 'Load a catalogue JSON into a new change set',
  usage: 'apply FILE',
  async run({ argv, out, ctx }) {
    const { positionals } = parseArgs({ args: argv, options: {}, allowPositionals: true, strict: true })
    if (positionals.length !== 1) throw new UsageError('usage: ratecraft apply FILE (one catalogue JSON file)')
    const file = positionals[0]!
    let text: string
    try {
      text = await fs.readFile(file, 'utf8')
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      throw new CatalogError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message}`, { status: 400, code: 'read_failed' })
    }
    try {
      const r = await applyCatalog(await ctx(), text, { source: file })
      out.result({ changeSetId: r.changeSetId }, () => `Applied ${file} as CS-${r.number} (change set ${r.changeSetId}): ${Object.entries(r.counts).map(([k, n]) => `${n} ${k}`).join(', ')}`)
      return 0
    } catch (e) {
      // Each problem on its own stderr line (the JSON document on stdout carries them all too).
      if (e instanceof CatalogFileError && out.json) for (const p of e.problems) out.progress(formatProblem(p))
      throw e
    }
  },
}
