/**
 * Server-side sessions in Postgres. The cookie carries a random token; the table stores only its
 * sha256, so a leaked row cannot be replayed. Sessions slide: each use within the lifetime extends
 * them (written at most once an hour to keep reads cheap).
 */
import crypto from 'node:crypto'
import type { Db } from '@/lib/db/client'
import type { Clock } from '../context'

export const SESSION_COOKIE = 'rc_session'
const REFRESH_AFTER_MS = 60 * 60 * 1000

const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex')

export async function createSession(db: Db, userId: string, clock: Clock, days: number) {
  const token = crypto.randomBytes(32).toString('base64url')
  const expiresAt = new Date(clock.now().getTime() + days * 86_400_000)
  await db.session.create({ data: { id: hashToken(token), userId, expiresAt } })
  return { token, expiresAt }
}

export type SessionUser = { id: string; email: string; name: string | null }

/** The signed-in user, or null for a missing, unknown or expired token (expired rows are deleted). */
export async function readSession(db: Db, token: string | undefined, clock: Clock, days: number): Promise<SessionUser | null> {
  if (!token) return null
  const id = hashToken(token)
  const s = await db.session.findUnique({
    where: { id },
    select: { expiresAt: true, lastSeenAt: true, user: { select: { id: true, email: true, name: true } } },
  })
  if (!s) return null
  const now = clock.now()
  if (s.expiresAt <= now) {
    await db.session.deleteMany({ where: { id } })
    return null
  }
  if (now.getTime() - s.lastSeenAt.getTime() > REFRESH_AFTER_MS) {
    await db.session.updateMany({ where: { id }, data: { lastSeenAt: now, expiresAt: new Date(now.getTime() + days * 86_400_000) } })
  }
  return s.user
}

export async function deleteSession(db: Db, token: string | undefined): Promise<void> {
  if (token) await db.session.deleteMany({ where: { id: hashToken(token) } })
}
