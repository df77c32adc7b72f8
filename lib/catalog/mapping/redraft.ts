/**
 * Re-drafting after a re-import (issue 4 item 5). Pure.
 *
 * The fresh draft is reconciled with the previous one, decision by decision (decision keys are stable):
 *  1. Keys: fresh objects take the keys the previous draft gave the same decision's targets, so names
 *     the user has seen keep naming the same objects; a newcomer that took such a key moves aside.
 *  2. `accepted` / `changed` decisions whose Stripe source is unchanged keep their previous objects as
 *     the user left them; if the source changed, the fresh objects win and the change is reported.
 *  3. An object whose producing decision (the first decision that targets it) is `excluded` is dropped,
 *     unless another decision targeting it was accepted or changed; products on a dropped metric and
 *     rates on a dropped product or card go with it.
 *  4. Objects of the previous catalogue that no decision produced (hand-made) are kept.
 * New, removed and changed Stripe sources are reported.
 */
import { uniqueKey } from '../keys'
import type { TCatalog } from '../schemas'
import { findObject, keysOf, putObject, removeObject } from './catalog-objects'
import { renameKeys, type Renames } from './rename-keys'
import type { Decision, DecisionTarget, DecisionWithState, RedraftReport, SourceRef, TargetType, UserState } from './types'

const refKey = (t: DecisionTarget) => `${t.type}\u0000${t.key}`
const sourceKey = (d: SourceRef) => `${d.stripeType}:${d.stripeId}`
const CONTAINERS: TargetType[] = ['billable_metric', 'product', 'pricing_unit', 'rate_card', 'rate', 'package', 'contract']

function proposeRenames(catalog: TCatalog, previous: TCatalog, fresh: Decision[], prevByKey: Map<string, DecisionWithState>): Renames {
  const renames: Renames = {}
  for (const f of fresh) {
    const p = prevByKey.get(f.key)
    if (!p) continue
    for (const type of new Set(f.targets.map((t) => t.type))) {
      const fk = f.targets.filter((t) => t.type === type).map((t) => t.key)
      const pk = p.targets.filter((t) => t.type === type).map((t) => t.key)
      const map = (renames[type] ??= new Map())
      for (let i = 0; i < Math.min(fk.length, pk.length); i++) {
        const from = fk[i]!
        const to = pk[i]!
        if (from !== to && !map.has(from) && ![...map.values()].includes(to)) map.set(from, to)
      }
    }
  }
  // Previous keys win: a fresh object that took a key the previous draft gave to another source (a
  // newcomer sorting first) moves to the next free key.
  for (const [type, map] of Object.entries(renames) as Array<[TargetType, Map<string, string>]>) {
    const existing = keysOf(catalog, type)
    const reserved = new Set([...[...existing].filter((k) => !map.has(k)), ...map.values(), ...keysOf(previous, type)])
    for (const to of [...map.values()]) {
      if (existing.has(to) && !map.has(to)) map.set(to, uniqueKey(to, reserved))
    }
  }
  return renames
}

const renameTargets = (targets: DecisionTarget[], renames: Renames) => targets.map((t) => ({ ...t, key: renames[t.type]?.get(t.key) ?? t.key }))

export function applyRedraft(
  fresh: { catalog: TCatalog; decisions: Decision[] },
  previous: { catalog: TCatalog; decisions: DecisionWithState[] },
): { catalog: TCatalog; decisions: Decision[]; report: RedraftReport } {
  const prevByKey = new Map(previous.decisions.map((d) => [d.key, d]))
  const renames = proposeRenames(fresh.catalog, previous.catalog, fresh.decisions, prevByKey)
  const catalog = structuredClone(renameKeys(fresh.catalog, renames))
  const stateOf = (key: string): UserState => prevByKey.get(key)?.userState ?? 'proposed'
  const changedSource = (d: Decision) => {
    const p = prevByKey.get(d.key)
    return !!p && p.sourceHash !== d.sourceHash
  }
  const keptDecision = (d: Decision) => ['accepted', 'changed'].includes(stateOf(d.key)) && !changedSource(d)

  const decisions = fresh.decisions.map((d) => {
    const targets = renameTargets(d.targets, renames)
    return keptDecision(d) ? { ...d, targets: prevByKey.get(d.key)!.targets } : { ...d, targets }
  })

  const byRef = new Map<string, { target: DecisionTarget; decisions: Decision[] }>()
  for (const d of decisions) for (const t of d.targets) {
    const entry = byRef.get(refKey(t)) ?? { target: t, decisions: [] }
    entry.decisions.push(d)
    byRef.set(refKey(t), entry)
  }
  const entries = [...byRef.values()].sort((a, b) => Number(!CONTAINERS.includes(a.target.type)) - Number(!CONTAINERS.includes(b.target.type)))
  const removed = new Set<string>()
  for (const { target, decisions: ds } of entries) {
    const producer = ds[0]!
    const endorsed = ds.some((d) => ['accepted', 'changed'].includes(stateOf(d.key)))
    if (stateOf(producer.key) === 'excluded' && !endorsed) {
      removeObject(catalog, target.type, target.key)
      removed.add(refKey(target))
      continue
    }
    if (ds.some(changedSource) || !ds.some(keptDecision)) continue
    const old = findObject(previous.catalog, target.type, target.key)
    if (old) putObject(catalog, target.type, target.key, structuredClone(old.value), old.holder)
  }
  cascadeRemovals(catalog, removed)

  const producedBefore = new Set(previous.decisions.flatMap((d) => d.targets.map(refKey)))
  const keptManualObjects: DecisionTarget[] = []
  for (const type of CONTAINERS) {
    for (const key of keysOf(previous.catalog, type)) {
      const t = { type, key }
      if (producedBefore.has(refKey(t)) || findObject(catalog, type, key)) continue
      const old = findObject(previous.catalog, type, key)
      if (old && putObject(catalog, type, key, structuredClone(old.value))) keptManualObjects.push(t)
    }
  }

  const freshSources = new Map(fresh.decisions.map((d) => [sourceKey(d), { stripeType: d.stripeType, stripeId: d.stripeId }]))
  const prevSources = new Map(previous.decisions.map((d) => [sourceKey(d), { stripeType: d.stripeType, stripeId: d.stripeId }]))
  const report: RedraftReport = {
    kept: fresh.decisions.filter((d) => stateOf(d.key) !== 'proposed' && !changedSource(d)).map((d) => ({ key: d.key, userState: stateOf(d.key) })),
    changedSources: fresh.decisions.filter(changedSource).map((d) => ({ key: d.key, stripeType: d.stripeType, stripeId: d.stripeId, userState: stateOf(d.key) })),
    newSources: [...freshSources].filter(([k]) => !prevSources.has(k)).map(([, v]) => v),
    removedSources: [...prevSources].filter(([k]) => !freshSources.has(k)).map(([, v]) => v),
    keptManualObjects,
  }
  return { catalog, decisions, report }
}

/** Drops what cannot stand without an object the user excluded: products on its metric, rates on its product or card. */
function cascadeRemovals(catalog: TCatalog, removed: Set<string>): void {
  const gone = (type: TargetType, key: string | undefined) => key !== undefined && removed.has(refKey({ type, key }))
  for (const p of catalog.products.filter((p) => gone('billable_metric', p.billable_metric))) {
    removed.add(refKey({ type: 'product', key: p.key }))
  }
  catalog.products = catalog.products.filter((p) => !gone('product', p.key))
  catalog.rates = catalog.rates.filter((r) => !gone('product', r.product) && !gone('rate_card', r.rate_card))
}
