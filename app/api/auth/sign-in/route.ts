import { withPublicRoute } from '@/lib/api/route'
import { sessionCookie } from '@/lib/api/session'
import { ZSignIn } from '@/lib/contracts/auth'
import { getDb } from '@/lib/db/client'
import { env } from '@/lib/env'
import { signIn } from '@/lib/services/auth/sign-in'
import { systemClock } from '@/lib/services/context'

export const POST = withPublicRoute({ body: ZSignIn }, async ({ body, req }) => {
  const r = await signIn(getDb(), body, systemClock, env().RATECRAFT_SESSION_DAYS)
  return Response.json({ user: r.user }, { headers: { 'set-cookie': sessionCookie(req, r.token, r.expiresAt) } })
})
