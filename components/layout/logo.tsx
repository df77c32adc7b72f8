import { cn } from '@/lib/utils'

export function Logo({ size = 'md' }: Readonly<{ size?: 'md' | 'lg' }>) {
  return (
    <span className={cn('inline-flex items-center gap-2 font-semibold tracking-tight text-slate-900', size === 'lg' ? 'text-xl' : 'text-base')}>
      <svg viewBox="0 0 24 24" className={size === 'lg' ? 'size-7' : 'size-6'} aria-hidden>
        <rect width="24" height="24" rx="6" className="fill-brand-600" />
        <path d="M6 16.5 10 12l3 3 5-6.5" fill="none" stroke="white" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      Ratecraft
    </span>
  )
}
