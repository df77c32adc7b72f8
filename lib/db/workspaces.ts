import type { Role } from '@/lib/auth/permissions'
import type { DbTx } from './client'

export type WorkspaceRow = { id: string; slug: string; name: string; cutoverAt: Date | null; integrationPattern: string | null }

const workspaceSelect = { id: true, slug: true, name: true, cutoverAt: true, integrationPattern: true } as const

export async function findWorkspaceBySlug(db: DbTx, slug: string): Promise<WorkspaceRow | null> {
  return db.workspace.findUnique({ where: { slug }, select: workspaceSelect })
}

export async function firstWorkspace(db: DbTx): Promise<WorkspaceRow | null> {
  return db.workspace.findFirst({ orderBy: { createdAt: 'asc' }, select: workspaceSelect })
}

export async function createWorkspace(db: DbTx, slug: string, name: string): Promise<WorkspaceRow> {
  return db.workspace.create({ data: { slug, name }, select: workspaceSelect })
}

export async function findMembership(db: DbTx, workspaceId: string, userId: string): Promise<Role | null> {
  const m = await db.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } }, select: { role: true } })
  return m?.role ?? null
}

export async function listMemberWorkspaces(db: DbTx, userId: string) {
  const rows = await db.membership.findMany({
    where: { userId },
    orderBy: { workspace: { createdAt: 'asc' } },
    select: { role: true, workspace: { select: workspaceSelect } },
  })
  return rows.map((r) => ({ ...r.workspace, role: r.role }))
}

export async function listMembers(db: DbTx, workspaceId: string) {
  const rows = await db.membership.findMany({
    where: { workspaceId },
    orderBy: { createdAt: 'asc' },
    select: { role: true, createdAt: true, user: { select: { id: true, email: true, name: true, passwordHash: true } } },
  })
  return rows.map((r) => ({ userId: r.user.id, email: r.user.email, name: r.user.name, role: r.role, canSignIn: !!r.user.passwordHash, since: r.createdAt }))
}

export async function firstAdmin(db: DbTx, workspaceId: string) {
  const m = await db.membership.findFirst({
    where: { workspaceId, role: 'admin' },
    orderBy: { createdAt: 'asc' },
    select: { user: { select: { id: true, email: true } } },
  })
  return m?.user ?? null
}
