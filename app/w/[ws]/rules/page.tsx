import { RulesList } from '@/components/validation/rules-list'
import { requireMember } from '@/lib/api/page-auth'

export const dynamic = 'force-dynamic'

export default async function RulesPage({ params }: Readonly<{ params: Promise<{ ws: string }> }>) {
  const { ws } = await params
  await requireMember(ws, `/w/${ws}/rules`)
  return <RulesList />
}
