import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { SignInForm } from '@/components/auth/sign-in-form'
import { pageUser } from '@/lib/api/page-auth'
import { DEMO_PASSWORD, isDemoMode } from '@/lib/env'

export const metadata: Metadata = { title: 'Sign in' }
export const dynamic = 'force-dynamic'

export default async function SignInPage({ searchParams }: Readonly<{ searchParams: Promise<{ next?: string; expired?: string }> }>) {
  const { next, expired } = await searchParams
  if (await pageUser()) redirect(next?.startsWith('/') ? next : '/')
  // The demo password is shown only in demo mode: it is public knowledge there and nowhere else.
  return <SignInForm next={next?.startsWith('/') ? next : '/'} expired={expired === '1'} demoPassword={isDemoMode() ? DEMO_PASSWORD : null} />
}
