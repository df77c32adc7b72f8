import { notFound } from 'next/navigation'
import { Suspense } from 'react'
import { StripeBrowser } from '@/components/stripe/stripe-browser'
import { Spinner } from '@/components/ui/empty-state'
import { requireMember } from '@/lib/api/page-auth'
import { can } from '@/lib/auth/permissions'
import { ZStripeBrowserType } from '@/lib/contracts/stripe-data'

export const dynamic = 'force-dynamic'

export default async function StripeObjectsPage({ params }: Readonly<{ params: Promise<{ ws: string; type: string }> }>) {
  const { ws, type } = await params
  if (!ZStripeBrowserType.safeParse(type).success) notFound()
  const { role } = await requireMember(ws, `/w/${ws}/stripe/${type}`)
  return (
    <Suspense fallback={<Spinner />}>
      <StripeBrowser ws={ws} type={type} canDesign={can(role, 'catalog.edit')} />
    </Suspense>
  )
}
