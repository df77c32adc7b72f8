import { MembersPage } from '@/components/members/members-page'
import { requireMember } from '@/lib/api/page-auth'
import { can } from '@/lib/auth/permissions'

export const dynamic = 'force-dynamic'

export default async function Members({ params }: Readonly<{ params: Promise<{ ws: string }> }>) {
  const { ws } = await params
  const { role, user } = await requireMember(ws, `/w/${ws}/settings/members`)
  return <MembersPage ws={ws} canManage={can(role, 'member.manage')} selfId={user.id} />
}
