import Link from 'next/link'

export default function NotFound() {
  return (
    <main className="flex min-h-full flex-col items-center justify-center gap-3 px-4 text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="text-xl font-semibold">Not found</h1>
      <p className="text-sm text-slate-600">This page does not exist, or you are not a member of its workspace.</p>
      <Link href="/" className="text-sm font-medium text-brand-600 hover:underline">Go to your workspace</Link>
    </main>
  )
}
