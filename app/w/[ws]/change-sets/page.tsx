import { ChangeSetList } from '@/components/change-sets/change-set-list'
import { requireMember } from '@/lib/api/page-auth'

export const dynamic = 'force-dynamic'

export default async function ChangeSetsPage({ params }: Readonly<{ params: Promise<{ ws: string }> }>) {
  const { ws } = await params
  await requireMember(ws, `/w/${ws}/change-sets`)
  return <ChangeSetList ws={ws} />
}
