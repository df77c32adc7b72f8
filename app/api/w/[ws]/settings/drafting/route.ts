import { withRoute } from '@/lib/api/route'
import { ZDraftSettingsPatch } from '@/lib/contracts/drafts'
import { getDraftSettings, updateDraftSettingsService } from '@/lib/services/drafts/settings'

export const GET = withRoute({ action: 'workspace.read' }, (ctx) => getDraftSettings(ctx))

export const PATCH = withRoute({ action: 'catalog.edit', body: ZDraftSettingsPatch }, (ctx, { body }) => updateDraftSettingsService(ctx, body))
