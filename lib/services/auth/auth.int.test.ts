import { afterAll, describe, expect, inject, it } from 'vitest'
import { makePrisma } from '@/lib/db/client'
import { createEmbeddedDatabase, createServerDatabase, type TestDatabase } from '@/lib/testing/test-database'
import { uid } from '@/lib/testing/factories'
import { readSession } from './sessions'
import { signIn } from './sign-in'
import { signUp } from './sign-up'
import { systemClock } from '../context'

// Sign-up's "first user becomes admin" needs an empty users table: this file gets a database of its own.
let fresh: TestDatabase
async function freshDb() {
  const admin = inject('adminDatabaseUrl')
  fresh = admin ? await createServerDatabase(admin, 'rc_auth') : await createEmbeddedDatabase()
  return makePrisma(fresh.url)
}
const dbPromise = freshDb()

afterAll(async () => {
  await (await dbPromise).$disconnect()
  await fresh.stop()
})

describe('sign-up and sign-in', () => {
  it('makes the first user admin of a new default workspace, and later users members of nothing', async () => {
    const db = await dbPromise
    const first = await signUp(db, { email: 'First@Example.com', password: 'correct horse' })
    expect(first.workspaceSlug).toBe('default')
    expect(first.user.email).toBe('first@example.com')
    const ws = await db.workspace.findUniqueOrThrow({ where: { slug: 'default' } })
    expect(await db.membership.findFirst({ where: { workspaceId: ws.id, userId: first.user.id } })).toMatchObject({ role: 'admin' })

    const second = await signUp(db, { email: 'second@example.com', password: 'another secret' })
    expect(second.workspaceSlug).toBeNull()
    expect(await db.membership.count({ where: { userId: second.user.id } })).toBe(0)
    const audit = await db.auditEvent.findMany({ where: { actorId: first.user.id }, select: { action: true } })
    expect(audit.map((a) => a.action).sort()).toEqual(['member.added', 'user.signed_up'])
  })

  it('refuses a duplicate email whatever its case, with a clear message', async () => {
    const db = await dbPromise
    const email = `${uid('dup')}@example.com`
    await signUp(db, { email, password: 'password-1' })
    await expect(signUp(db, { email: email.toUpperCase(), password: 'password-2' })).rejects.toThrow('An account with this email already exists. Sign in instead.')
  })

  it('signs in with the right password only, and the session reads back until it expires', async () => {
    const db = await dbPromise
    const email = `${uid('in')}@example.com`
    await signUp(db, { email, password: 'the password' })
    await expect(signIn(db, { email, password: 'wrong password' }, systemClock, 14)).rejects.toThrow('Email or password is incorrect.')
    await expect(signIn(db, { email: 'nobody@example.com', password: 'the password' }, systemClock, 14)).rejects.toThrow('Email or password is incorrect.')
    const s = await signIn(db, { email: email.toUpperCase(), password: 'the password' }, systemClock, 14)
    expect((await readSession(db, s.token, systemClock, 14))?.email).toBe(email)
    const later = { now: () => new Date(Date.now() + 15 * 86_400_000) }
    expect(await readSession(db, s.token, later, 14)).toBeNull()
    // the expired session row is gone, so the token stays dead even if the clock went back
    expect(await readSession(db, s.token, systemClock, 14)).toBeNull()
  })
})
