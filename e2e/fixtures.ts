/**
 * Per-test seeding (documenso-style): each test gets its own workspace and users, so tests never
 * depend on each other's data. Talks to the same database as the app under test.
 */
import crypto from 'node:crypto'
import { test as base, expect, type Page } from '@playwright/test'
import type { Role } from '@/lib/auth/permissions'
import { makePrisma } from '@/lib/db/client'
import { hashPassword } from '@/lib/services/auth/passwords'

export const PASSWORD = 'e2e-password-1'

export type Seeded = { slug: string; users: Record<Role, string> }

const db = makePrisma()

export async function seedWorkspace(roles: Role[] = ['admin']): Promise<Seeded> {
  const slug = `e2e-${crypto.randomBytes(4).toString('hex')}`
  const ws = await db.workspace.create({ data: { slug, name: `E2E ${slug}` } })
  const hash = await hashPassword(PASSWORD)
  const users = {} as Record<Role, string>
  for (const role of roles) {
    const email = `${role}-${slug}@e2e.local`
    const u = await db.user.create({ data: { email, passwordHash: hash } })
    await db.membership.create({ data: { workspaceId: ws.id, userId: u.id, role } })
    users[role] = email
  }
  return { slug, users }
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto('/sign-in')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL(/\/w\//)
}

export const test = base
export { expect, db }
