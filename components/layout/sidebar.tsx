'use client'

import { useQuery } from '@tanstack/react-query'
import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { SignOutButton } from '@/components/auth/sign-out-button'
import type { TMe } from '@/lib/contracts/auth'
import { apiFetch } from '@/lib/query/fetcher'
import { meKeys } from '@/lib/query/keys'
import { cn } from '@/lib/utils'
import { Logo } from './logo'
import { NAV } from './nav-items'

export function Sidebar({ ws }: Readonly<{ ws: string }>) {
  const pathname = usePathname()
  const me = useQuery({ queryKey: meKeys.me, queryFn: () => apiFetch<TMe>('/api/auth/me'), staleTime: 60_000 })
  const current = me.data?.workspaces.find((w) => w.slug === ws)

  return (
    <aside className="flex w-60 shrink-0 flex-col border-r border-slate-200 bg-white">
      <div className="flex h-14 items-center px-4">
        <Link href={`/w/${ws}`}>
          <Logo />
        </Link>
        {me.data?.demo && <span className="ml-auto rounded bg-amber-100 px-1.5 py-0.5 text-[10px] font-semibold tracking-wide text-amber-800 uppercase">Demo</span>}
      </div>
      <div className="px-3 pb-2">
        <div className="rounded-md bg-slate-50 px-3 py-2 ring-1 ring-slate-200">
          <p className="truncate text-xs font-medium text-slate-900" data-testid="workspace-name">{current?.name ?? ws}</p>
          <p className="truncate text-[11px] text-slate-500">{ws}{current ? ` · ${current.role}` : ''}</p>
        </div>
      </div>
      <nav className="flex-1 space-y-4 overflow-y-auto px-3 py-2" aria-label="Studio">
        {NAV.map((group) => (
          <div key={group.label || 'root'}>
            {group.label && <p className="px-2 pb-1 text-[11px] font-semibold tracking-wide text-slate-400 uppercase">{group.label}</p>}
            <ul className="space-y-0.5">
              {group.items.map((item) => {
                const href = item.href(ws)
                const active = item.match ? item.match.test(pathname) : pathname === href || pathname.startsWith(`${href}/`)
                return (
                  <li key={item.label}>
                    <Link
                      href={href}
                      aria-current={active ? 'page' : undefined}
                      className={cn('block rounded-md px-2 py-1.5 text-sm', active ? 'bg-brand-50 font-medium text-brand-700' : 'text-slate-700 hover:bg-slate-100')}
                    >
                      {item.label}
                    </Link>
                  </li>
                )
              })}
            </ul>
          </div>
        ))}
      </nav>
      <div className="flex items-center gap-2 border-t border-slate-200 px-4 py-3">
        <div className="min-w-0 flex-1">
          <p className="truncate text-xs font-medium text-slate-900" data-testid="signed-in-as">{me.data?.user?.email ?? ' '}</p>
        </div>
        <SignOutButton />
      </div>
    </aside>
  )
}
