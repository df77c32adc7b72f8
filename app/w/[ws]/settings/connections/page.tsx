import { ConnectionForms } from '@/components/connections/connection-forms'
import { requireMember } from '@/lib/api/page-auth'
import { can } from '@/lib/auth/permissions'

export const dynamic = 'force-dynamic'

export default async function ConnectionsPage({ params }: Readonly<{ params: Promise<{ ws: string }> }>) {
  const { ws } = await params
  const { role } = await requireMember(ws, `/w/${ws}/settings/connections`)
  return <ConnectionForms ws={ws} canManage={can(role, 'connection.manage')} />
}
