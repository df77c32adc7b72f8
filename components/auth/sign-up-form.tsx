'use client'

import Link from 'next/link'
import { useState, type FormEvent } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Card, CardBody } from '@/components/ui/card'
import { Field, Input } from '@/components/ui/field'
import { MIN_PASSWORD, ZSignUp } from '@/lib/contracts/auth'
import { ApiError, apiFetch } from '@/lib/query/fetcher'

export function SignUpForm() {
  const [form, setForm] = useState({ name: '', email: '', password: '' })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }))

  async function onSubmit(e: FormEvent) {
    e.preventDefault()
    setFormError(null)
    const parsed = ZSignUp.safeParse(form)
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])))
      return
    }
    setErrors({})
    setBusy(true)
    try {
      const r = await apiFetch<{ workspaceSlug: string | null }>('/api/auth/sign-up', { method: 'POST', json: parsed.data })
      window.location.assign(r.workspaceSlug ? `/w/${r.workspaceSlug}` : '/')
    } catch (err) {
      setFormError(err instanceof ApiError ? err.userMessage : 'Could not create the account')
      setBusy(false)
    }
  }

  return (
    <Card>
      <CardBody className="space-y-5 py-6">
        <div>
          <h1 className="text-lg font-semibold">Create your account</h1>
          <p className="mt-1 text-sm text-slate-500">The first account becomes the admin of the first workspace.</p>
        </div>
        {formError && <Alert tone="error">{formError}</Alert>}
        <form onSubmit={onSubmit} className="space-y-4" noValidate>
          <Field label="Name" htmlFor="name" error={errors.name}>
            <Input id="name" autoComplete="name" value={form.name} onChange={set('name')} />
          </Field>
          <Field label="Email" htmlFor="email" error={errors.email}>
            <Input id="email" type="email" autoComplete="email" value={form.email} onChange={set('email')} invalid={!!errors.email} />
          </Field>
          <Field label="Password" htmlFor="password" error={errors.password} hint={`At least ${MIN_PASSWORD} characters.`}>
            <Input id="password" type="password" autoComplete="new-password" value={form.password} onChange={set('password')} invalid={!!errors.password} />
          </Field>
          <Button type="submit" className="w-full" busy={busy}>
            Create account
          </Button>
        </form>
        <p className="text-center text-sm text-slate-500">
          Already have an account?{' '}
          <Link href="/sign-in" className="font-medium text-brand-600 hover:underline">
            Sign in
          </Link>
        </p>
      </CardBody>
    </Card>
  )
}
