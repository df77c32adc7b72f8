import { withRoute } from '@/lib/api/route'
import { ZUpdateMember } from '@/lib/contracts/members'
import { removeMember, updateMember } from '@/lib/services/workspace/members'

export const PATCH = withRoute({ action: 'member.manage', body: ZUpdateMember }, (ctx, { params, body }) => updateMember(ctx, params.userId!, body))

export const DELETE = withRoute({ action: 'member.manage' }, (ctx, { params }) => removeMember(ctx, params.userId!))
