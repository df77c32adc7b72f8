/** Every validation rule over a change set's catalogue (the server-side gate and the CLI's `validate`). */
import { CatalogError, NotFoundError } from '@/lib/catalog/errors'
import { validateCatalog, type Issue } from '@/lib/catalog/validation'
import { loadCatalog } from '@/lib/db/catalog-objects'
import { findChangeSet, findLatestOpenChangeSet } from '@/lib/db/change-sets'
import { authorize, type WorkspaceCtx } from '../context'
import { loadValidationContext } from './validation-context'

export async function validateChangeSet(ctx: WorkspaceCtx, changeSetId?: string): Promise<{ changeSetId: string; number: number; issues: Issue[] }> {
  authorize(ctx, 'workspace.read')
  const cs = changeSetId ? await findChangeSet(ctx.db, ctx.workspace.id, changeSetId) : await findLatestOpenChangeSet(ctx.db, ctx.workspace.id)
  if (!cs) {
    if (changeSetId) throw new NotFoundError(`Change set ${changeSetId}`)
    throw new CatalogError('This workspace has no open change set: run `ratecraft draft` or `ratecraft apply FILE` first, or pass a FILE.', { status: 400, code: 'no_change_set' })
  }
  const [catalog, context] = await Promise.all([loadCatalog(ctx.db, cs.id), loadValidationContext(ctx)])
  return { changeSetId: cs.id, number: cs.number, issues: validateCatalog(catalog, context) }
}

/** Validates a catalogue document that is not stored (a file), against the workspace's published state. */
export async function validateDocument(ctx: WorkspaceCtx, doc: unknown): Promise<Issue[]> {
  authorize(ctx, 'workspace.read')
  return validateCatalog(doc, await loadValidationContext(ctx))
}
