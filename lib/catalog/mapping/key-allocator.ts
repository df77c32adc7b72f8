/**
 * Hands out readable, unique keys per object kind. Pure.
 * Keys are unique within a kind (the catalogue JSON and the CLI address objects by kind + key);
 * commits, credits, overrides and subscription terms get keys unique across the whole catalogue so a
 * decision can target them without naming their contract. Allocation order is the drafting order,
 * which is deterministic, so the same snapshot always yields the same keys.
 */
import { uniqueKey } from '../keys'
import type { TargetType } from './types'

export type KeyAllocator = {
  allocate(kind: TargetType, base: string): string
  has(kind: TargetType, key: string): boolean
}

export function createKeyAllocator(): KeyAllocator {
  const taken = new Map<TargetType, Set<string>>()
  const setFor = (kind: TargetType) => {
    let s = taken.get(kind)
    if (!s) taken.set(kind, (s = new Set()))
    return s
  }
  return {
    allocate: (kind, base) => uniqueKey(base, setFor(kind)),
    has: (kind, key) => setFor(kind).has(key),
  }
}
