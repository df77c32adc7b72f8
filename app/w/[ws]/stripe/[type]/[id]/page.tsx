import { notFound } from 'next/navigation'
import { StripeDetail } from '@/components/stripe/detail/stripe-detail'
import { requireMember } from '@/lib/api/page-auth'
import { can } from '@/lib/auth/permissions'
import { ZStripeBrowserType } from '@/lib/contracts/stripe-data'

export const dynamic = 'force-dynamic'

export default async function StripeObjectPage({ params }: Readonly<{ params: Promise<{ ws: string; type: string; id: string }> }>) {
  const { ws, type, id } = await params
  if (!ZStripeBrowserType.safeParse(type).success) notFound()
  const { role } = await requireMember(ws, `/w/${ws}/stripe/${type}/${id}`)
  return <StripeDetail ws={ws} type={type} id={decodeURIComponent(id)} canDesign={can(role, 'catalog.edit')} />
}
