import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { API_ROUTES } from './router'
import { ENDPOINT_SCHEMAS, type EndpointSchema } from './schemas/registry'

// Checks the emulator's hand-written request schemas against Metronome's OpenAPI document, which lives outside the
// repo (../shared/specs, relative to the repo root, or METRONOME_OPENAPI_SPEC) and is never copied in.

const repoRoot = path.resolve(import.meta.dirname, '../../..')
const specPath = process.env.METRONOME_OPENAPI_SPEC || path.resolve(repoRoot, '..', 'shared', 'specs', 'metronome-openapi.json')
if (!existsSync(specPath)) {
  throw new Error(`Metronome's OpenAPI document is not at ${specPath}: check the repo out beside ../shared, or set METRONOME_OPENAPI_SPEC to the file.`)
}

type Json = Record<string, unknown>
type SpecParam = { name: string; in: string; $ref?: string }
type Spec = {
  paths: Record<string, Record<string, { parameters?: SpecParam[]; requestBody?: { content?: Record<string, { schema?: Json }> } }>>
  components: { schemas: Record<string, Json>; parameters: Record<string, SpecParam> }
}

const spec = JSON.parse(readFileSync(specPath, 'utf8')) as Spec

/** A schema node reduced to what the comparison needs, with $ref, allOf and nullable wrappers resolved. */
type Node = { type?: unknown; properties?: Record<string, Json>; required: string[]; enum?: unknown[]; items?: Json; nullable: boolean; opaque?: string }

function normalize(raw: Json, source: 'spec' | 'mine'): Node {
  let node = raw
  let nullable = node.nullable === true
  for (let guard = 0; guard < 20; guard++) {
    if (typeof node.$ref === 'string') {
      const name = node.$ref.split('/').pop() ?? ''
      const target = spec.components.schemas[name]
      if (!target) throw new Error(`unresolved $ref ${node.$ref}`)
      node = { ...target, ...Object.fromEntries(Object.entries(node).filter(([k]) => k !== '$ref')) }
      nullable ||= node.nullable === true
      continue
    }
    const union = (node.anyOf ?? node.oneOf) as Json[] | undefined
    if (union) {
      // zod writes `.nullable()` as anyOf [X, {type: null}]; that is the only union the comparison accepts.
      const rest = union.filter((u) => u.type !== 'null')
      if (rest.length !== 1 || !rest[0]) throw new Error(`${source}: cannot compare a union of ${union.length} schemas`)
      nullable ||= rest.length < union.length
      node = rest[0]
      continue
    }
    if (Array.isArray(node.allOf)) {
      const parts = (node.allOf as Json[]).map((p) => normalize(p, source))
      const properties = Object.assign({}, ...parts.map((p) => p.properties ?? {}), (node.properties as Json | undefined) ?? {}) as Record<string, Json>
      const required = [...new Set([...parts.flatMap((p) => p.required), ...((node.required as string[] | undefined) ?? [])])]
      return { type: 'object', properties, required, nullable }
    }
    break
  }
  const objectWithoutProps = node.type === 'object' && node.properties === undefined && node.additionalProperties === false
  return {
    type: node.type,
    properties: objectWithoutProps ? {} : (node.properties as Record<string, Json> | undefined),
    required: (node.required as string[] | undefined) ?? [],
    enum: node.enum as unknown[] | undefined,
    items: node.items as Json | undefined,
    nullable,
    opaque: node['x-emulator-opaque'] as string | undefined,
  }
}

type Report = { problems: string[]; newerSeen: Set<string>; opaque: string[] }

function compare(specRaw: Json, mineRaw: Json, at: string, ep: EndpointSchema, report: Report): void {
  const s = normalize(specRaw, 'spec')
  const m = normalize(mineRaw, 'mine')
  const where = at || '(body)'
  if (m.opaque) {
    report.opaque.push(`${where}: ${m.opaque}`)
    return
  }
  if (s.nullable !== m.nullable) report.problems.push(`${where}: nullable ${m.nullable}, spec ${s.nullable}`)
  if (s.enum) {
    const extra = new Set(ep.newerEnumValues?.[at] ?? [])
    const mine = new Set((m.enum ?? []).map(String))
    const want = new Set([...s.enum.map(String), ...extra])
    const missing = [...want].filter((v) => !mine.has(v))
    const surplus = [...mine].filter((v) => !want.has(v))
    if (!m.enum || missing.length || surplus.length) {
      report.problems.push(`${where}: enum differs (missing ${missing.join('|') || '-'}, not in spec ${surplus.join('|') || '-'})`)
    }
  }
  if (s.properties) {
    if (!m.properties) {
      report.problems.push(`${where}: spec has an object with properties, the emulator schema does not`)
      return
    }
    const specNames = Object.keys(s.properties)
    const mineNames = Object.keys(m.properties)
    for (const name of specNames) if (!mineNames.includes(name)) report.problems.push(`${where}: missing property '${name}'`)
    for (const name of mineNames) {
      const p = at ? `${at}.${name}` : name
      if (specNames.includes(name)) continue
      if (ep.newerFields?.includes(p)) report.newerSeen.add(p)
      else report.problems.push(`${where}: property '${name}' is not in the spec and not documented as newer`)
    }
    const specRequired = [...s.required].sort()
    const mineRequired = [...m.required].sort()
    if (JSON.stringify(specRequired) !== JSON.stringify(mineRequired)) {
      report.problems.push(`${where}: required [${mineRequired.join(', ')}], spec [${specRequired.join(', ')}]`)
    }
    for (const name of specNames) {
      const sp = s.properties[name]
      const mp = m.properties[name]
      if (sp && mp) compare(sp, mp, at ? `${at}.${name}` : name, ep, report)
    }
    return
  }
  if (s.type === 'array' && s.items) {
    if (m.type !== 'array' || !m.items) report.problems.push(`${where}: spec has an array, the emulator does not`)
    else compare(s.items, m.items, `${at}[]`, ep, report)
  }
}

const specParams = (op: { parameters?: SpecParam[] }, where: string) =>
  (op.parameters ?? [])
    .map((p) => (p.$ref ? spec.components.parameters[p.$ref.split('/').pop() ?? ''] : p))
    .filter((p): p is SpecParam => p?.in === where)
    .map((p) => p.name)
    .sort()

describe('request schemas conform to the Metronome OpenAPI document', () => {
  it('covers every route the emulator serves, and nothing else', () => {
    const routes = API_ROUTES.map((r) => `${r.method} ${r.path}`).sort()
    const registered = ENDPOINT_SCHEMAS.map((e) => `${e.method} ${e.path}`).sort()
    expect(registered).toEqual(routes)
  })

  it.each(ENDPOINT_SCHEMAS.map((e) => [`${e.method} ${e.path}`, e] as const))('%s', (_name, ep) => {
    const op = spec.paths[ep.path]?.[ep.method.toLowerCase()]
    expect(op, `${ep.method} ${ep.path} is not in the spec`).toBeDefined()
    if (!op) return

    expect(specParams(op, 'query')).toEqual([...ep.query].sort())
    const pathParams = [...ep.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    expect(specParams(op, 'path')).toEqual(pathParams)

    const specBody = op.requestBody?.content?.['application/json']?.schema
    if (!ep.body) {
      expect(specBody, 'spec has a request body the emulator ignores').toBeUndefined()
      return
    }
    expect(specBody, 'spec has no request body').toBeDefined()
    const mine = z.toJSONSchema(ep.body, { io: 'input', unrepresentable: 'any' }) as Json
    const report: Report = { problems: [], newerSeen: new Set(), opaque: [] }
    compare(specBody as Json, mine, '', ep, report)
    expect(report.problems).toEqual([])
    // Every documented newer field must really be an addition, so the allow-list cannot go stale.
    expect([...report.newerSeen].sort()).toEqual([...(ep.newerFields ?? [])].sort())
  })
})
