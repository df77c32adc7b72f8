import { withRoute } from '@/lib/api/route'
import { ZAddMember } from '@/lib/contracts/members'
import { addMember } from '@/lib/services/workspace/add-member'
import { listWorkspaceMembers } from '@/lib/services/workspace/members'

export const GET = withRoute({ action: 'workspace.read' }, (ctx) => listWorkspaceMembers(ctx))

export const POST = withRoute({ action: 'member.manage', body: ZAddMember, status: 201 }, (ctx, { body }) => addMember(ctx, body))
