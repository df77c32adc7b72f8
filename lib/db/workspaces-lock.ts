import type { DbTx } from './client'

/** Serialises "check, then create" sequences per workspace (one active import at a time). */
export async function lockWorkspace(tx: DbTx, workspaceId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Workspace" WHERE "id" = ${workspaceId} FOR UPDATE`
}
