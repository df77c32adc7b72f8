import { MigrationMap, type MapFilters } from '@/components/drafts/migration-map'
import { requireMember } from '@/lib/api/page-auth'
import { can } from '@/lib/auth/permissions'

export const dynamic = 'force-dynamic'

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

export default async function MigrationMapPage({ params, searchParams }: Readonly<{ params: Promise<{ ws: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }>) {
  const { ws } = await params
  const sp = await searchParams
  const { role } = await requireMember(ws, `/w/${ws}/migration-map`)
  const initial: MapFilters = { q: one(sp.q), fidelity: one(sp.fidelity), rule: one(sp.rule), type: one(sp.type), state: one(sp.state), decision: one(sp.decision), changed: one(sp.changed) }
  return <MigrationMap ws={ws} cs={one(sp.cs) || 'latest'} canEdit={can(role, 'catalog.edit')} initial={initial} />
}
