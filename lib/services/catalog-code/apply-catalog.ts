/**
 * Catalogue as code, in: a catalogue JSON file → a new change set (origin apply), audited, in one
 * transaction. The file is checked first against the format's JSON Schema and its references
 * (parseCatalogJson); on any problem every one is listed with its JSON Pointer and nothing changes.
 */
import crypto from 'node:crypto'
import { CatalogError } from '@/lib/catalog/errors'
import { parseCatalogJson, type CatalogProblem } from '@/lib/catalog/format/parse-catalog-json'
import { pointer } from '@/lib/catalog/json-pointer'
import type { TApplyResult } from '@/lib/contracts/drafts'
import { writeAudit } from '@/lib/db/audit'
import { replaceCatalog } from '@/lib/db/catalog-objects'
import { createChangeSet } from '@/lib/db/change-sets'
import { auditActor, authorize, type WorkspaceCtx } from '../context'
import { catalogCounts } from './export-catalog'

/** 50 MB of JSON: far above a real catalogue (5 MB for tens of thousands of rates). */
export const MAX_CATALOG_CHARS = 50 * 1024 * 1024

export function formatProblem(p: CatalogProblem): string {
  const where = p.path || (p.line !== undefined ? `(line ${p.line}, column ${p.column ?? 1})` : '(document)')
  return `${where}: ${p.message}`
}

/** A catalogue file that fails the format: every problem with its JSON Pointer; nothing was changed. */
export class CatalogFileError extends CatalogError {
  readonly problems: CatalogProblem[]
  constructor(problems: CatalogProblem[]) {
    super(
      `The catalogue file has ${problems.length === 1 ? '1 problem' : `${problems.length} problems`}; nothing was changed:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
      { status: 422, code: 'invalid_catalog', details: { problems } },
    )
    this.problems = problems
  }
}

/** Postgres cannot store U+0000 in JSON text: name where it occurs instead of failing in the database. */
function nulProblems(value: unknown, path: Array<string | number> = []): CatalogProblem[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [{ path: pointer(...path), message: 'contains the NUL character (\\u0000), which cannot be stored: remove it' }] : []
  if (Array.isArray(value)) return value.flatMap((v, i) => nulProblems(v, [...path, i]))
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [...(k.includes('\u0000') ? [{ path: pointer(...path, k), message: 'a field name contains the NUL character: remove it' }] : []), ...nulProblems(v, [...path, k])])
  return []
}

export function checkCatalogText(text: string) {
  if (text.length > MAX_CATALOG_CHARS) throw new CatalogFileError([{ path: '', message: `the file is ${(text.length / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_CATALOG_CHARS / 1024 / 1024} MB` }])
  if (text.trim() === '') throw new CatalogFileError([{ path: '', message: 'the file is empty: a catalogue JSON document starts with {"format": "ratecraft.catalog", "version": 1, …}' }])
  const parsed = parseCatalogJson(text)
  if (!parsed.ok) throw new CatalogFileError(parsed.problems)
  const nul = nulProblems(parsed.catalog)
  if (nul.length) throw new CatalogFileError(nul)
  return parsed.catalog
}

export async function applyCatalog(ctx: WorkspaceCtx, text: string, o: { title?: string; source?: string } = {}): Promise<TApplyResult> {
  authorize(ctx, 'catalog.edit')
  const parsed = checkCatalogText(text)
  const { $schema: _schema, ...catalog } = parsed
  const counts = catalogCounts(catalog)
  const sha = crypto.createHash('sha256').update(text).digest('hex')
  return ctx.db.$transaction(
    async (tx) => {
      const cs = await createChangeSet(tx, {
        workspaceId: ctx.workspace.id,
        title: o.title?.trim() || `Applied ${o.source ? o.source.split(/[\\/]/).pop() : 'catalogue file'}`,
        origin: 'apply',
        authorId: ctx.actor.id,
        description: `Loaded from a catalogue JSON file (sha256 ${sha.slice(0, 12)}…).`,
      })
      await replaceCatalog(tx, cs.id, catalog)
      await writeAudit(tx, {
        workspaceId: ctx.workspace.id,
        actor: auditActor(ctx),
        action: 'catalog.applied',
        targetType: 'change_set',
        targetId: cs.id,
        data: { number: cs.number, counts, sha256: sha, ...(o.source ? { source: o.source } : {}) },
      })
      return { changeSetId: cs.id, number: cs.number, counts }
    },
    { timeout: 180_000, maxWait: 30_000 },
  )
}
