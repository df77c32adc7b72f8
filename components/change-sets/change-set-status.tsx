import { Badge, type Tone } from '@/components/ui/badge'

const TONE: Record<string, Tone> = { draft: 'gray', in_review: 'blue', approved: 'green', rejected: 'red', published: 'indigo', superseded: 'gray', abandoned: 'gray' }

export function ChangeSetStatus({ status }: Readonly<{ status: string }>) {
  return <Badge tone={TONE[status] ?? 'gray'}>{status.replace('_', ' ')}</Badge>
}
