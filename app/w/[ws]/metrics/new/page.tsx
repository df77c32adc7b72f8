import { notFound } from 'next/navigation'
import { NewMetric } from '@/components/metrics/new-metric'
import { requireMember } from '@/lib/api/page-auth'
import { can } from '@/lib/auth/permissions'

export const dynamic = 'force-dynamic'

export default async function NewMetricPage({ params, searchParams }: Readonly<{ params: Promise<{ ws: string }>; searchParams: Promise<{ meter?: string }> }>) {
  const { ws } = await params
  const { meter } = await searchParams
  const { role } = await requireMember(ws, `/w/${ws}/metrics/new`)
  if (!can(role, 'catalog.edit')) notFound()
  return <NewMetric ws={ws} meterId={meter ?? null} />
}
