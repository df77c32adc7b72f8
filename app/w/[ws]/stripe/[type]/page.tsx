import { notFound } from 'next/navigation'
import { StripeObjectTable } from '@/components/stripe/stripe-object-table'
import { requireMember } from '@/lib/api/page-auth'
import { can } from '@/lib/auth/permissions'

export const dynamic = 'force-dynamic'

const TYPES = new Set(['meter', 'product', 'price', 'customer', 'subscription', 'subscription_schedule', 'credit_grant', 'coupon', 'promotion_code'])

export default async function StripeObjectsPage({ params }: Readonly<{ params: Promise<{ ws: string; type: string }> }>) {
  const { ws, type } = await params
  if (!TYPES.has(type)) notFound()
  const { role } = await requireMember(ws, `/w/${ws}/stripe/${type}`)
  return <StripeObjectTable ws={ws} type={type} canDesign={can(role, 'catalog.edit')} />
}
