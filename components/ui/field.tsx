import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react'
import { cn } from '@/lib/utils'

const control =
  'block rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:ring-brand-500 disabled:bg-slate-50 disabled:text-slate-500'

export function Field({ label, hint, error, htmlFor, children }: Readonly<{ label: string; hint?: ReactNode; error?: string | null; htmlFor: string; children: ReactNode }>) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={htmlFor} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {error ? (
        <p className="text-xs text-rose-600" id={`${htmlFor}-error`} role="alert">
          {error}
        </p>
      ) : hint ? (
        <p className="text-xs text-slate-500">{hint}</p>
      ) : null}
    </div>
  )
}

export function Input({ className, invalid, ...rest }: Readonly<InputHTMLAttributes<HTMLInputElement> & { invalid?: boolean }>) {
  return <input {...rest} aria-invalid={invalid || undefined} className={cn(control, !/(^|\s)w-/.test(className ?? '') && 'w-full', invalid && 'ring-rose-400 focus:ring-rose-500', className)} />
}

export function Select({ className, invalid, children, ...rest }: Readonly<SelectHTMLAttributes<HTMLSelectElement> & { invalid?: boolean }>) {
  return (
    <select {...rest} aria-invalid={invalid || undefined} className={cn(control, !/(^|\s)w-/.test(className ?? '') && 'w-full', 'pr-8', invalid && 'ring-rose-400', className)}>
      {children}
    </select>
  )
}

export function Textarea({ className, ...rest }: Readonly<TextareaHTMLAttributes<HTMLTextAreaElement>>) {
  return <textarea {...rest} className={cn(control, 'w-full font-mono text-xs', className)} />
}
