import { withPublicRoute } from '@/lib/api/route'
import { cookieValue, sessionCookie } from '@/lib/api/session'
import { getDb } from '@/lib/db/client'
import { deleteSession, SESSION_COOKIE } from '@/lib/services/auth/sessions'

export const POST = withPublicRoute({}, async ({ req }) => {
  await deleteSession(getDb(), cookieValue(req, SESSION_COOKIE))
  return Response.json({ ok: true }, { headers: { 'set-cookie': sessionCookie(req, '', null) } })
})
