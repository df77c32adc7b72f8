import { Overview } from '@/components/workspace/overview'
import { requireMember } from '@/lib/api/page-auth'

export const dynamic = 'force-dynamic'

export default async function OverviewPage({ params }: Readonly<{ params: Promise<{ ws: string }> }>) {
  const { ws } = await params
  await requireMember(ws, `/w/${ws}`)
  return <Overview ws={ws} />
}
