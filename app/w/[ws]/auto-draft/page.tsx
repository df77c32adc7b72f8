import { AutoDraft } from '@/components/drafts/auto-draft'
import { requireMember } from '@/lib/api/page-auth'

export const dynamic = 'force-dynamic'

export default async function AutoDraftPage({ params }: Readonly<{ params: Promise<{ ws: string }> }>) {
  const { ws } = await params
  await requireMember(ws, `/w/${ws}/auto-draft`)
  return <AutoDraft ws={ws} />
}
