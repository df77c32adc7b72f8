import { getDb } from '@/lib/db/client'

export const dynamic = 'force-dynamic'

export async function GET() {
  try {
    await getDb().$queryRawUnsafe('SELECT 1')
    return Response.json({ ok: true })
  } catch {
    return Response.json({ ok: false, error: 'database unreachable' }, { status: 503 })
  }
}
