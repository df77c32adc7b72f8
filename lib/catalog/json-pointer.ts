/** RFC 6901 JSON Pointers into the catalogue document. Pure. */

export function pointer(...segments: Array<string | number>): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('')
}

export function parsePointer(p: string): string[] {
  if (p === '') return []
  if (!p.startsWith('/')) throw new Error(`not a JSON Pointer: ${p}`)
  return p
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
}

/** Reads the value at a pointer, or undefined when any segment is missing. */
export function getAtPointer(doc: unknown, p: string): unknown {
  let cur: unknown = doc
  for (const seg of parsePointer(p)) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<string, unknown>)[seg]
  }
  return cur
}
