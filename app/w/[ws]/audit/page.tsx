import { AuditLog } from '@/components/audit/audit-log'
import { requireMember } from '@/lib/api/page-auth'

export const dynamic = 'force-dynamic'

export default async function AuditPage({ params }: Readonly<{ params: Promise<{ ws: string }> }>) {
  const { ws } = await params
  await requireMember(ws, `/w/${ws}/audit`)
  return <AuditLog ws={ws} />
}
