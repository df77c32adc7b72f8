import { withPublicRoute } from '@/lib/api/route'
import { sessionUser } from '@/lib/api/session'
import { getDb } from '@/lib/db/client'
import { getMe } from '@/lib/services/auth/me'

export const dynamic = 'force-dynamic'

export const GET = withPublicRoute({}, async ({ req }) => getMe(getDb(), await sessionUser(req)))
