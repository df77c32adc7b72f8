import type { ReactNode } from 'react'

export function PageHeader({ title, description, actions, eyebrow }: Readonly<{ title: ReactNode; description?: ReactNode; actions?: ReactNode; eyebrow?: ReactNode }>) {
  return (
    <header className="flex flex-wrap items-end justify-between gap-4 pb-6">
      <div className="min-w-0">
        {eyebrow && <p className="mb-1 text-xs font-medium text-slate-500">{eyebrow}</p>}
        <h1 className="text-xl font-semibold tracking-tight text-slate-900">{title}</h1>
        {description && <p className="mt-1 max-w-3xl text-sm text-slate-600">{description}</p>}
      </div>
      {actions && <div className="flex items-center gap-2">{actions}</div>}
    </header>
  )
}
