import type { ReactNode } from 'react'
import { cn } from '@/lib/utils'

const TONES = {
  info: 'bg-sky-50 text-sky-900 ring-sky-200',
  success: 'bg-emerald-50 text-emerald-900 ring-emerald-200',
  warning: 'bg-amber-50 text-amber-900 ring-amber-200',
  error: 'bg-rose-50 text-rose-900 ring-rose-200',
} as const

export function Alert({ tone = 'info', title, children, className }: Readonly<{ tone?: keyof typeof TONES; title?: ReactNode; children?: ReactNode; className?: string }>) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={cn('rounded-md px-4 py-3 text-sm ring-1 ring-inset', TONES[tone], className)}>
      {title && <p className="font-medium">{title}</p>}
      {children && <div className={cn(!!title && 'mt-1', 'opacity-90')}>{children}</div>}
    </div>
  )
}
