import { withPublicRoute } from '@/lib/api/route'
import { sessionCookie } from '@/lib/api/session'
import { ZSignUp } from '@/lib/contracts/auth'
import { getDb } from '@/lib/db/client'
import { env } from '@/lib/env'
import { createSession } from '@/lib/services/auth/sessions'
import { signUp } from '@/lib/services/auth/sign-up'
import { systemClock } from '@/lib/services/context'

export const POST = withPublicRoute({ body: ZSignUp }, async ({ body, req }) => {
  const { user, workspaceSlug } = await signUp(getDb(), body)
  const s = await createSession(getDb(), user.id, systemClock, env().RATECRAFT_SESSION_DAYS)
  return Response.json({ user, workspaceSlug }, { status: 201, headers: { 'set-cookie': sessionCookie(req, s.token, s.expiresAt) } })
})
