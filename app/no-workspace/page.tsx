import { Card, CardBody } from '@/components/ui/card'
import { SignOutButton } from '@/components/auth/sign-out-button'

export default function NoWorkspace() {
  return (
    <main className="flex min-h-full items-center justify-center px-4">
      <Card className="max-w-md">
        <CardBody className="space-y-3">
          <h1 className="text-base font-semibold">You are not in a workspace yet</h1>
          <p className="text-sm text-slate-600">Ask a workspace admin to add you (Settings → Members, or <code className="font-mono text-xs">npx ratecraft user add you@company.com --role editor</code>).</p>
          <SignOutButton />
        </CardBody>
      </Card>
    </main>
  )
}
