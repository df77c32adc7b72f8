/** Reads the session cookie into a signed-in user (or null). */
import { env } from '@/lib/env'
import { getDb } from '@/lib/db/client'
import { readSession, SESSION_COOKIE, type SessionUser } from '@/lib/services/auth/sessions'
import { systemClock } from '@/lib/services/context'

export function cookieValue(req: Request, name: string): string | undefined {
  const header = req.headers.get('cookie') ?? ''
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=')
    if (k === name) return decodeURIComponent(v.join('='))
  }
  return undefined
}

export async function sessionUser(req: Request): Promise<SessionUser | null> {
  return readSession(getDb(), cookieValue(req, SESSION_COOKIE), systemClock, env().RATECRAFT_SESSION_DAYS)
}

export function sessionCookie(req: Request, token: string, expires: Date | null): string {
  const secure = new URL(req.url).protocol === 'https:' || req.headers.get('x-forwarded-proto') === 'https'
  const parts = [`${SESSION_COOKIE}=${token}`, 'Path=/', 'HttpOnly', 'SameSite=Lax']
  if (secure) parts.push('Secure')
  parts.push(expires ? `Expires=${expires.toUTCString()}` : 'Max-Age=0')
  return parts.join('; ')
}
