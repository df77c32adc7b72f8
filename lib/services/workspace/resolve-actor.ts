/**
 * The CLI's way into a workspace: `--workspace <slug>` (created on first use) and `--as <email>`
 * (default: the workspace's first admin). A workspace the CLI creates gets admin@ratecraft.local as
 * its admin, with no password: it cannot sign in until an admin sets one.
 */
import { CatalogError } from '@/lib/catalog/errors'
import type { Db } from '@/lib/db/client'
import { writeAudit } from '@/lib/db/audit'
import { normalizeEmail } from '@/lib/db/users'
import { firstAdmin, findMembership, findWorkspaceBySlug } from '@/lib/db/workspaces'
import { systemClock, type WorkspaceCtx } from '../context'

export const DEFAULT_ADMIN_EMAIL = 'admin@ratecraft.local'

export async function ensureWorkspace(db: Db, slug: string) {
  if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(slug)) throw new CatalogError(`"${slug}" is not a valid workspace slug: use lower-case letters, digits and hyphens`, { status: 400, code: 'bad_slug' })
  const existing = await findWorkspaceBySlug(db, slug)
  if (existing && (await firstAdmin(db, existing.id))) return existing
  return db.$transaction(async (tx) => {
    const ws =
      (await tx.workspace.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, cutoverAt: true, integrationPattern: true } })) ??
      (await tx.workspace.create({ data: { slug, name: slug === 'default' ? 'Default workspace' : slug }, select: { id: true, slug: true, name: true, cutoverAt: true, integrationPattern: true } }))
    const admin = await tx.user.upsert({ where: { email: DEFAULT_ADMIN_EMAIL }, create: { email: DEFAULT_ADMIN_EMAIL, name: 'Admin' }, update: {}, select: { id: true, email: true } })
    await tx.membership.upsert({ where: { workspaceId_userId: { workspaceId: ws.id, userId: admin.id } }, create: { workspaceId: ws.id, userId: admin.id, role: 'admin' }, update: {} })
    await writeAudit(tx, { workspaceId: ws.id, actor: null, action: 'workspace.created', targetType: 'workspace', targetId: ws.id, data: { slug, admin: DEFAULT_ADMIN_EMAIL, via: 'cli' } })
    return ws
  })
}

export async function resolveWorkspaceCtx(db: Db, a: { workspace: string; as?: string }): Promise<WorkspaceCtx> {
  const workspace = await ensureWorkspace(db, a.workspace)
  const user = a.as
    ? await db.user.findUnique({ where: { email: normalizeEmail(a.as) }, select: { id: true, email: true } })
    : await firstAdmin(db, workspace.id)
  if (!user) throw new CatalogError(`No user ${a.as}. Add one with \`ratecraft user add ${a.as} --role editor\`.`, { status: 400, code: 'unknown_user' })
  const role = await findMembership(db, workspace.id, user.id)
  if (!role) throw new CatalogError(`${user.email} is not a member of workspace "${workspace.slug}"`, { status: 403, code: 'not_member' })
  return { db, workspace, actor: { id: user.id, email: user.email, role }, clock: systemClock }
}
