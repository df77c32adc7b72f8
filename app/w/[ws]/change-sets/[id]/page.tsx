import { ChangeSetReview } from '@/components/change-sets/change-set-review'
import { requireMember } from '@/lib/api/page-auth'

export const dynamic = 'force-dynamic'

export default async function ChangeSetPage({ params }: Readonly<{ params: Promise<{ ws: string; id: string }> }>) {
  const { ws, id } = await params
  const { role, user } = await requireMember(ws, `/w/${ws}/change-sets/${id}`)
  return <ChangeSetReview ws={ws} id={id} role={role} userId={user.id} />
}
