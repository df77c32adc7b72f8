import { DesignObject } from '@/components/drafts/design-object'
import { requireMember } from '@/lib/api/page-auth'

export const dynamic = 'force-dynamic'

export default async function DesignObjectPage({ params, searchParams }: Readonly<{ params: Promise<{ ws: string; kind: string; key: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }>) {
  const { ws, kind, key } = await params
  const sp = await searchParams
  await requireMember(ws, `/w/${ws}/design/${kind}/${key}`)
  const cs = typeof sp.cs === 'string' && sp.cs ? sp.cs : 'latest'
  return <DesignObject ws={ws} cs={cs} kind={kind} objectKey={decodeURIComponent(key)} />
}
