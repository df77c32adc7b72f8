import { z } from 'zod'
import { withRoute } from '@/lib/api/route'
import { listAuditEvents } from '@/lib/services/workspace/list-audit'

export const GET = withRoute({ action: 'workspace.read', query: z.object({ before: z.string().datetime().optional() }) }, (ctx, { query }) => listAuditEvents(ctx, query.before))
