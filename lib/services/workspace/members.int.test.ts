import { describe, expect, it } from 'vitest'
import { readSession } from '../auth/sessions'
import { signIn } from '../auth/sign-in'
import { systemClock } from '../context'
import { addMemberCtx, makeWorkspace, uid } from '@/lib/testing/factories'
import { addMember } from './add-member'
import { listWorkspaceMembers, removeMember, updateMember } from './members'

describe('members', () => {
  it('an admin adds a member without a password, then sets one so they can sign in', async () => {
    const ctx = await makeWorkspace()
    const email = `${uid('m')}@example.com`
    await addMember(ctx, { email, role: 'reviewer' })
    const added = (await listWorkspaceMembers(ctx)).find((m) => m.email === email)!
    expect(added).toMatchObject({ role: 'reviewer', canSignIn: false })
    await expect(signIn(ctx.db, { email, password: 'whatever-1' }, systemClock, 14)).rejects.toThrow('Email or password is incorrect.')
    await updateMember(ctx, added.userId, { password: 'a-good-password' })
    const s = await signIn(ctx.db, { email, password: 'a-good-password' }, systemClock, 14)
    // setting a new password ends the sessions the user had
    await updateMember(ctx, added.userId, { password: 'another-password' })
    expect(await readSession(ctx.db, s.token, systemClock, 14)).toBeNull()
    expect(await ctx.db.auditEvent.count({ where: { workspaceId: ctx.workspace.id, action: { in: ['member.added', 'member.updated'] } } })).toBe(3)
  })

  it('keeps at least one admin and lets only admins manage members', async () => {
    const ctx = await makeWorkspace()
    await expect(updateMember(ctx, ctx.actor.id, { role: 'viewer' })).rejects.toThrow('A workspace needs at least one admin')
    await expect(removeMember(ctx, ctx.actor.id)).rejects.toThrow('A workspace needs at least one admin')
    const editor = await addMemberCtx(ctx, 'editor')
    await expect(addMember(editor, { email: 'x@example.com', role: 'admin' })).rejects.toThrow('Your role (editor) cannot manage members')
    await removeMember(ctx, editor.actor.id)
    expect((await listWorkspaceMembers(ctx)).map((m) => m.role)).toEqual(['admin'])
  })
})
