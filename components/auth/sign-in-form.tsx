'use client'

import Link from 'next/link'
import { useState, type FormEvent } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Card, CardBody } from '@/components/ui/card'
import { Field, Input } from '@/components/ui/field'
import { ZSignIn } from '@/lib/contracts/auth'
import { ApiError, apiFetch } from '@/lib/query/fetcher'

const DEMO_USERS = [
  { email: 'admin@ratecraft.local', role: 'admin' },
  { email: 'editor@ratecraft.local', role: 'editor' },
  { email: 'reviewer@ratecraft.local', role: 'reviewer' },
]

export function SignInForm({ next, expired, demoPassword }: Readonly<{ next: string; expired: boolean; demoPassword: string | null }>) {
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function onSubmit(e: FormEvent) {
    e.preventDefault()
    setFormError(null)
    const parsed = ZSignIn.safeParse({ email, password })
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])))
      return
    }
    setErrors({})
    setBusy(true)
    try {
      await apiFetch('/api/auth/sign-in', { method: 'POST', json: parsed.data })
      window.location.assign(next)
    } catch (err) {
      setFormError(err instanceof ApiError ? err.userMessage : 'Could not sign in')
      setBusy(false)
    }
  }

  return (
    <div className="space-y-4">
      <Card>
        <CardBody className="space-y-5 py-6">
          <div>
            <h1 className="text-lg font-semibold">Sign in</h1>
            <p className="mt-1 text-sm text-slate-500">Design and publish your Metronome catalogue.</p>
          </div>
          {expired && <Alert tone="warning">Your session has expired. Sign in again to continue.</Alert>}
          {formError && <Alert tone="error">{formError}</Alert>}
          <form onSubmit={onSubmit} className="space-y-4" noValidate>
            <Field label="Email" htmlFor="email" error={errors.email}>
              <Input id="email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} invalid={!!errors.email} />
            </Field>
            <Field label="Password" htmlFor="password" error={errors.password}>
              <Input id="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} invalid={!!errors.password} />
            </Field>
            <Button type="submit" className="w-full" busy={busy}>
              Sign in
            </Button>
          </form>
          <p className="text-center text-sm text-slate-500">
            New here?{' '}
            <Link href="/sign-up" className="font-medium text-brand-600 hover:underline">
              Create an account
            </Link>
          </p>
        </CardBody>
      </Card>
      {demoPassword && (
        <Card className="bg-brand-50/50 ring-brand-100">
          <CardBody className="space-y-2 text-sm">
            <p className="font-medium text-brand-700">Demo mode</p>
            <p className="text-slate-600">
              Password for every demo user: <code className="rounded bg-white px-1.5 py-0.5 font-mono text-xs ring-1 ring-brand-100">{demoPassword}</code>
            </p>
            <ul className="space-y-1">
              {DEMO_USERS.map((u) => (
                <li key={u.email}>
                  <button type="button" className="font-mono text-xs text-brand-700 hover:underline" onClick={() => { setEmail(u.email); setPassword(demoPassword) }}>
                    {u.email}
                  </button>{' '}
                  <span className="text-xs text-slate-500">({u.role})</span>
                </li>
              ))}
            </ul>
          </CardBody>
        </Card>
      )}
    </div>
  )
}
