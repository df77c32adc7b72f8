import { ImportRuns } from '@/components/imports/import-runs'
import { requireMember } from '@/lib/api/page-auth'
import { can } from '@/lib/auth/permissions'

export const dynamic = 'force-dynamic'

export default async function ImportsPage({ params }: Readonly<{ params: Promise<{ ws: string }> }>) {
  const { ws } = await params
  const { role } = await requireMember(ws, `/w/${ws}/imports`)
  return <ImportRuns ws={ws} canImport={can(role, 'import.run')} />
}
