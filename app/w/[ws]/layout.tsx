import type { ReactNode } from 'react'
import { Sidebar } from '@/components/layout/sidebar'

// The shell only: no auth and no data here (each page checks membership itself).
export default async function StudioLayout({ children, params }: Readonly<{ children: ReactNode; params: Promise<{ ws: string }> }>) {
  const { ws } = await params
  return (
    <div className="flex h-full">
      <Sidebar ws={ws} />
      <main className="min-w-0 flex-1 overflow-y-auto">
        <div className="mx-auto max-w-7xl px-8 py-8">{children}</div>
      </main>
    </div>
  )
}
