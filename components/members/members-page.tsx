'use client'

import { useState, type FormEvent } from 'react'
import { PageHeader } from '@/components/layout/page-header'
import { Alert } from '@/components/ui/alert'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Card, CardBody, CardHeader } from '@/components/ui/card'
import { Spinner } from '@/components/ui/empty-state'
import { Field, Input, Select } from '@/components/ui/field'
import { useToast } from '@/components/ui/toast'
import { ROLE_LABELS, ROLES } from '@/lib/auth/permissions'
import { ZAddMember } from '@/lib/contracts/members'
import { ApiError } from '@/lib/query/fetcher'
import { useMemberMutations, useMembers } from '@/lib/query/hooks/use-members'
import { formatDateTime } from '@/lib/utils'

const ROLE_HELP: Record<string, string> = {
  admin: 'everything, including connections and members',
  editor: 'imports, designs, submits and publishes',
  reviewer: 'reviews, comments, approves',
  viewer: 'reads everything',
}

export function MembersPage({ ws, canManage, selfId }: Readonly<{ ws: string; canManage: boolean; selfId: string }>) {
  const members = useMembers(ws)
  const m = useMemberMutations(ws)
  const toast = useToast()
  const [form, setForm] = useState({ email: '', role: 'editor', password: '' })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [passwordFor, setPasswordFor] = useState<string | null>(null)
  const [newPassword, setNewPassword] = useState('')

  const fail = (e: unknown) => toast({ tone: 'error', message: e instanceof ApiError ? e.userMessage : 'Something went wrong' })

  async function onAdd(e: FormEvent) {
    e.preventDefault()
    const parsed = ZAddMember.safeParse({ ...form, password: form.password || undefined })
    if (!parsed.success) return setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])))
    setErrors({})
    try {
      await m.add.mutateAsync(parsed.data)
      toast({ tone: 'success', message: `${parsed.data.email} added as ${parsed.data.role}` })
      setForm({ email: '', role: 'editor', password: '' })
    } catch (err) {
      fail(err)
    }
  }

  return (
    <>
      <PageHeader title="Members" description="Who can see, design, review and publish in this workspace." />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader title="Members" />
          {members.isLoading ? (
            <Spinner />
          ) : (
            <table className="min-w-full text-sm" data-testid="members-table">
              <thead className="bg-slate-50 text-left text-xs font-medium text-slate-500">
                <tr><th className="px-5 py-2">Member</th><th className="px-3 py-2">Role</th><th className="px-3 py-2">Since</th><th className="px-3 py-2" /></tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {members.data?.map((u) => (
                  <tr key={u.userId} className="align-top">
                    <td className="px-5 py-2.5">
                      <p className="font-medium text-slate-900">{u.email}</p>
                      {!u.canSignIn && <Badge tone="amber" className="mt-1">no password yet</Badge>}
                      {passwordFor === u.userId && (
                        <form
                          className="mt-2 flex gap-2"
                          onSubmit={async (e) => {
                            e.preventDefault()
                            try {
                              await m.update.mutateAsync({ userId: u.userId, password: newPassword })
                              toast({ tone: 'success', message: `Password set for ${u.email}` })
                              setPasswordFor(null)
                              setNewPassword('')
                            } catch (err) {
                              fail(err)
                            }
                          }}
                        >
                          <Input aria-label={`New password for ${u.email}`} type="password" value={newPassword} onChange={(e) => setNewPassword(e.target.value)} className="w-56" autoComplete="new-password" />
                          <Button size="sm" type="submit" busy={m.update.isPending}>Save</Button>
                          <Button size="sm" variant="ghost" type="button" onClick={() => setPasswordFor(null)}>Cancel</Button>
                        </form>
                      )}
                    </td>
                    <td className="px-3 py-2.5">
                      {canManage ? (
                        <Select aria-label={`Role of ${u.email}`} value={u.role} className="w-32" onChange={(e) => m.update.mutateAsync({ userId: u.userId, role: e.target.value }).catch(fail)}>
                          {ROLES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
                        </Select>
                      ) : (
                        ROLE_LABELS[u.role]
                      )}
                    </td>
                    <td className="px-3 py-2.5 text-slate-500">{formatDateTime(u.since)}</td>
                    <td className="px-3 py-2.5 text-right whitespace-nowrap">
                      {canManage && (
                        <>
                          <Button size="sm" variant="ghost" onClick={() => setPasswordFor(u.userId)}>Set password</Button>
                          {u.userId !== selfId && <Button size="sm" variant="ghost" onClick={() => m.remove.mutateAsync(u.userId).catch(fail)}>Remove</Button>}
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
        <div className="space-y-6">
          {canManage ? (
            <Card>
              <CardHeader title="Add a member" />
              <CardBody>
                <form className="space-y-4" onSubmit={onAdd} noValidate>
                  <Field label="Email" htmlFor="member-email" error={errors.email}>
                    <Input id="member-email" type="email" value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} invalid={!!errors.email} />
                  </Field>
                  <Field label="Role" htmlFor="member-role" error={errors.role} hint={ROLE_HELP[form.role]}>
                    <Select id="member-role" value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value })}>
                      {ROLES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
                    </Select>
                  </Field>
                  <Field label="Password (optional)" htmlFor="member-password" error={errors.password} hint="Without one, they cannot sign in until you set it.">
                    <Input id="member-password" type="password" autoComplete="new-password" value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} invalid={!!errors.password} />
                  </Field>
                  <Button type="submit" busy={m.add.isPending}>Add member</Button>
                </form>
              </CardBody>
            </Card>
          ) : (
            <Alert tone="info">Only workspace admins manage members.</Alert>
          )}
        </div>
      </div>
    </>
  )
}
