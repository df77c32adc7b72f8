import type { ReactNode } from 'react'
import { cn } from '@/lib/utils'

export function Card({ className, children }: Readonly<{ className?: string; children: ReactNode }>) {
  return <section className={cn('rounded-lg bg-white shadow-sm ring-1 ring-slate-200', className)}>{children}</section>
}

export function CardHeader({ title, description, actions }: Readonly<{ title: ReactNode; description?: ReactNode; actions?: ReactNode }>) {
  return (
    <div className="flex items-start justify-between gap-4 border-b border-slate-100 px-5 py-4">
      <div className="min-w-0">
        <h2 className="text-sm font-semibold text-slate-900">{title}</h2>
        {description && <p className="mt-0.5 text-sm text-slate-500">{description}</p>}
      </div>
      {actions && <div className="flex shrink-0 items-center gap-2">{actions}</div>}
    </div>
  )
}

export function CardBody({ className, children }: Readonly<{ className?: string; children: ReactNode }>) {
  return <div className={cn('px-5 py-4', className)}>{children}</div>
}
