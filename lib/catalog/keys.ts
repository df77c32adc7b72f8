/**
 * Stable readable keys for catalogue objects. Pure.
 * A key is derived once (usually from a Stripe name or id) and then never recomputed for an object,
 * so renaming an object in the studio does not change its identity in diffs, plans or the CLI.
 */
const MAX_KEY = 200

export function slugify(text: string, fallback = 'item'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._:-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-._:]+|[-._:]+$/g, '')
  return (slug || fallback).slice(0, MAX_KEY)
}

/** Returns `base`, or `base-2`, `base-3`, … — the first one not in `taken`; adds it to `taken`. */
export function uniqueKey(base: string, taken: Set<string>): string {
  const root = slugify(base)
  let key = root
  for (let n = 2; taken.has(key); n++) key = `${root.slice(0, MAX_KEY - String(n).length - 1)}-${n}`
  taken.add(key)
  return key
}
