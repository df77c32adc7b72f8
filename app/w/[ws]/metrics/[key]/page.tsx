import { MetricDetail } from '@/components/metrics/metric-detail'
import { requireMember } from '@/lib/api/page-auth'
import { can } from '@/lib/auth/permissions'

export const dynamic = 'force-dynamic'

export default async function MetricPage({ params }: Readonly<{ params: Promise<{ ws: string; key: string }> }>) {
  const { ws, key } = await params
  const { role } = await requireMember(ws, `/w/${ws}/metrics/${key}`)
  return <MetricDetail ws={ws} metricKey={decodeURIComponent(key)} canPublish={can(role, 'publish.run')} />
}
