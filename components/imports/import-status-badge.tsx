import { Badge, type Tone } from '@/components/ui/badge'

const TONE: Record<string, Tone> = { queued: 'gray', running: 'blue', succeeded: 'green', failed: 'red', cancelled: 'amber' }

export function ImportStatusBadge({ status }: Readonly<{ status: string }>) {
  return <Badge tone={TONE[status] ?? 'gray'}>{status}</Badge>
}
