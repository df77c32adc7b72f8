import { Suspense } from 'react'
import { UsageFetch } from '@/components/stripe/usage-fetch'
import { Spinner } from '@/components/ui/empty-state'
import { requireMember } from '@/lib/api/page-auth'
import { can } from '@/lib/auth/permissions'

export const dynamic = 'force-dynamic'

export default async function UsagePage({ params }: Readonly<{ params: Promise<{ ws: string }> }>) {
  const { ws } = await params
  const { role } = await requireMember(ws, `/w/${ws}/stripe/usage`)
  return (
    <Suspense fallback={<Spinner />}>
      <UsageFetch ws={ws} canFetch={can(role, 'import.run')} />
    </Suspense>
  )
}
