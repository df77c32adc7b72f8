/** The workspace's drafting settings: the cutover and the integration pattern. */
import type { DbTx } from './client'

export async function updateDraftSettings(tx: DbTx, workspaceId: string, data: { cutoverAt?: Date; integrationPattern?: string | null }) {
  return tx.workspace.update({ where: { id: workspaceId }, data, select: { id: true, slug: true, name: true, cutoverAt: true, integrationPattern: true } })
}

export async function readDraftSettings(db: DbTx, workspaceId: string) {
  return db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { cutoverAt: true, integrationPattern: true } })
}
