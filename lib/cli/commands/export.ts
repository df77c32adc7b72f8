import fs from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { CatalogError } from '@/lib/catalog/errors'
import { exportCatalog } from '@/lib/services/catalog-code/export-catalog'
import type { Command } from '../command'
import { UsageError } from '../io'

export const exportCommand: Command = {
  summary: 'Write the design as catalogue-as-code JSON',
  usage: 'export [--change-set ID] --out FILE',
  async run({ argv, out, ctx }) {
    const { values, positionals } = parseArgs({ args: argv, options: { 'change-set': { type: 'string' }, out: { type: 'string' } }, allowPositionals: true, strict: true })
    if (positionals.length) throw new UsageError(`export takes no positional arguments (got "${positionals.join(' ')}"): use --out FILE`)
    const file = values.out
    if (!file) throw new UsageError('--out FILE is required (where to write the catalogue JSON)')
    if (values['change-set'] !== undefined && !values['change-set'].trim()) throw new UsageError('--change-set needs a change set id, CS-<n> or <n>')
    const r = await exportCatalog(await ctx(), values['change-set'])
    try {
      await fs.writeFile(file, r.text, 'utf8')
    } catch (e) {
      throw new CatalogError(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : (e as Error).message}`, { status: 400, code: 'write_failed' })
    }
    out.progress(`exported CS-${r.changeSet.number} (${r.changeSet.status})`)
    const { contracts: _contracts, ...objects } = r.counts
    out.result({ file, objects }, () => `Wrote CS-${r.changeSet.number} to ${file}: ${Object.entries(r.counts).map(([k, n]) => `${n} ${k}`).join(', ')}`)
    return 0
  },
}
