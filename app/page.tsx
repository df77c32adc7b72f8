import { redirect } from 'next/navigation'
import { homePath } from '@/lib/api/page-auth'

export const dynamic = 'force-dynamic'

export default async function Home() {
  redirect(await homePath())
}
