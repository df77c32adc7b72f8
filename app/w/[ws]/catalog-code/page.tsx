import { CatalogCode } from '@/components/drafts/catalog-code'
import { requireMember } from '@/lib/api/page-auth'
import { can } from '@/lib/auth/permissions'

export const dynamic = 'force-dynamic'

export default async function CatalogCodePage({ params }: Readonly<{ params: Promise<{ ws: string }> }>) {
  const { ws } = await params
  const { role } = await requireMember(ws, `/w/${ws}/catalog-code`)
  return <CatalogCode ws={ws} canEdit={can(role, 'catalog.edit')} />
}
