import type { ReactNode } from 'react'

export function EmptyState({ title, children, action }: Readonly<{ title: string; children?: ReactNode; action?: ReactNode }>) {
  return (
    <div className="flex flex-col items-center justify-center gap-2 px-6 py-12 text-center">
      <p className="text-sm font-medium text-slate-900">{title}</p>
      {children && <div className="max-w-md text-sm text-slate-500">{children}</div>}
      {action && <div className="mt-2">{action}</div>}
    </div>
  )
}

export function Spinner({ label = 'Loading' }: Readonly<{ label?: string }>) {
  return (
    <div className="flex items-center gap-2 px-5 py-8 text-sm text-slate-500" role="status">
      <span className="size-4 animate-spin rounded-full border-2 border-slate-300 border-t-brand-600" aria-hidden />
      {label}…
    </div>
  )
}
