'use client'

import { Button } from '@/components/ui/button'

export default function ErrorPage({ reset }: Readonly<{ error: Error; reset: () => void }>) {
  return (
    <main className="flex min-h-full flex-col items-center justify-center gap-3 px-4 text-center">
      <h1 className="text-lg font-semibold">Something went wrong</h1>
      <p className="text-sm text-slate-600">The error was logged. Try again, or reload the page.</p>
      <Button onClick={reset}>Try again</Button>
    </main>
  )
}
