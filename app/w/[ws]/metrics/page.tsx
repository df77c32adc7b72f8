import { MetricList } from '@/components/metrics/metric-list'
import { requireMember } from '@/lib/api/page-auth'
import { can } from '@/lib/auth/permissions'

export const dynamic = 'force-dynamic'

export default async function MetricsPage({ params }: Readonly<{ params: Promise<{ ws: string }> }>) {
  const { ws } = await params
  const { role } = await requireMember(ws, `/w/${ws}/metrics`)
  return <MetricList ws={ws} canEdit={can(role, 'catalog.edit')} />
}
