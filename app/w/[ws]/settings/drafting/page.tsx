import { DraftingSettings } from '@/components/drafts/drafting-settings'
import { requireMember } from '@/lib/api/page-auth'
import { can } from '@/lib/auth/permissions'

export const dynamic = 'force-dynamic'

export default async function DraftingSettingsPage({ params }: Readonly<{ params: Promise<{ ws: string }> }>) {
  const { ws } = await params
  const { role } = await requireMember(ws, `/w/${ws}/settings/drafting`)
  return <DraftingSettings ws={ws} canEdit={can(role, 'catalog.edit')} />
}
