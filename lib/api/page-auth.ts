/**
 * Permission checks for pages (server components): signed in, member of the workspace. Layouts hold
 * no auth (cal.com's rule); every page calls this.
 */
import 'server-only'
import { cookies } from 'next/headers'
import { notFound, redirect } from 'next/navigation'
import { getDb } from '@/lib/db/client'
import { findMembership, findWorkspaceBySlug, listMemberWorkspaces } from '@/lib/db/workspaces'
import { env, isDemoMode } from '@/lib/env'
import { readSession, SESSION_COOKIE } from '@/lib/services/auth/sessions'
import { systemClock } from '@/lib/services/context'

export async function pageUser() {
  const token = (await cookies()).get(SESSION_COOKIE)?.value
  return readSession(getDb(), token, systemClock, env().RATECRAFT_SESSION_DAYS)
}

export async function requireMember(slug: string, nextPath: string) {
  const user = await pageUser()
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(nextPath)}`)
  const ws = await findWorkspaceBySlug(getDb(), slug)
  if (!ws) notFound()
  const role = await findMembership(getDb(), ws.id, user.id)
  if (!role) notFound()
  return { user, workspace: ws, role, demo: isDemoMode() }
}

export async function homePath(): Promise<string> {
  const user = await pageUser()
  if (!user) return '/sign-in'
  const ws = await listMemberWorkspaces(getDb(), user.id)
  // The `default` workspace first (demo mode opens on it), otherwise the oldest membership.
  const home = ws.find((w) => w.slug === 'default') ?? ws[0]
  return home ? `/w/${home.slug}` : '/no-workspace'
}
