'use client'

import { Button } from '@/components/ui/button'
import { apiFetch } from '@/lib/query/fetcher'

export function SignOutButton({ className }: Readonly<{ className?: string }>) {
  return (
    <Button
      variant="ghost"
      size="sm"
      className={className}
      onClick={async () => {
        await apiFetch('/api/auth/sign-out', { method: 'POST', json: {} }).catch(() => {})
        window.location.assign('/sign-in')
      }}
    >
      Sign out
    </Button>
  )
}
