import type { DbTx } from './client'

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase()
}

export async function findUserByEmail(db: DbTx, email: string) {
  return db.user.findUnique({ where: { email: normalizeEmail(email) }, select: { id: true, email: true, name: true, passwordHash: true } })
}

export async function countUsers(db: DbTx): Promise<number> {
  return db.user.count()
}
