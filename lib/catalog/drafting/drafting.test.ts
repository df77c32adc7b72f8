/** The pure helpers behind the auto-draft's application side: cutover, exclusions, pruning, sample events, target edits. */
import { describe, expect, test } from 'vitest'
import { aiApiSnapshot, CUTOVER } from '../__fixtures__/stripe/ai-api-account'
import { referenceProblems } from '../format/catalog-references'
import { serializeCatalog } from '../format/serialize-catalog'
import { findObject } from '../mapping/catalog-objects'
import { draftCatalog } from '../mapping/draft-catalog'
import { applyRedraft } from '../mapping/redraft'
import type { DecisionWithState, UserState } from '../mapping/types'
import { emptyCatalog, type TCatalog } from '../schemas'
import { defaultCutover, parseCutover, redateCatalog } from './cutover'
import { applyUserStates, attributeRemovals, diffRemovals, restoreStash } from './exclusion'
import { pruneDanglingReferences } from './prune'
import { parseSampleEvents } from './sample-events'
import { checkTargetDoc } from './target-docs'

const draft = draftCatalog(aiApiSnapshot(), { cutoverAt: CUTOVER })
const states = (s: Record<string, UserState>): DecisionWithState[] => draft.decisions.map((d) => ({ ...d, userState: s[d.key] ?? 'proposed' }))

describe('cutover', () => {
  test('defaults to the next first of the month at 00:00 UTC', () => {
    expect(defaultCutover(new Date('2026-11-20T10:17:00Z'))).toBe('2026-12-01T00:00:00Z')
    expect(defaultCutover(new Date('2026-12-31T23:59:59Z'))).toBe('2027-01-01T00:00:00Z')
    expect(defaultCutover(new Date('2026-12-01T00:00:00Z'))).toBe('2027-01-01T00:00:00Z')
  })

  test.each([
    ['2026-12-01', '2026-12-01T00:00:00Z'],
    ['2026-12-01T14:00Z', '2026-12-01T14:00:00Z'],
    ['2026-12-01T14:00:00Z', '2026-12-01T14:00:00Z'],
    ['2026-12-01T14:00:00.000Z', '2026-12-01T14:00:00Z'],
    [' 2026-12-01T14:00:00+00:00 ', '2026-12-01T14:00:00Z'],
  ])('accepts %s', (input, iso) => expect(parseCutover(input)).toEqual({ ok: true, iso }))

  test.each([
    ['2026-12-01T14:30:00Z', /on the hour.*try 2026-12-01T14:00:00Z/],
    ['2026-12-01T14:00:01Z', /on the hour/],
    ['2026-12-01T14:00:00+01:00', /not in UTC/],
    ['2026-12-01T14:00:00', /no time zone.*end it with Z/],
    ['2026-02-30', /not a real date \(2026-02 has no day 30\)/],
    ['2026-13-01', /not a real date/],
    ['1999-12-01', /between 2000 and 2100/],
    ['tomorrow', /not a date and time/],
    ['', /UTC time on the hour/],
  ])('refuses %s with the fix', (input, message) => {
    const r = parseCutover(input)
    expect(r.ok).toBe(false)
    expect(!r.ok && r.message).toMatch(message)
  })

  test('re-dating moves every time that came from the cutover and nothing else', () => {
    const r = redateCatalog(draft.catalog, CUTOVER, '2027-03-01T00:00:00Z')
    expect(r.moved).toBeGreaterThan(0)
    const text = serializeCatalog(r.catalog)
    expect(text).not.toContain(`"starting_at": "${CUTOVER}"`)
    for (const rate of r.catalog.rates) expect(rate.starting_at).toBe('2027-03-01T00:00:00Z')
    // what came from Stripe (contract starts before the cutover) stays
    const starts = (c: TCatalog) => c.contracts.map((k) => k.starting_at).filter((s) => s !== CUTOVER)
    expect(starts(r.catalog)).toEqual(starts(draft.catalog))
    // and moving back restores the draft exactly
    expect(serializeCatalog(redateCatalog(r.catalog, '2027-03-01T00:00:00Z', CUTOVER).catalog)).toBe(serializeCatalog(draft.catalog))
    expect(redateCatalog(draft.catalog, CUTOVER, CUTOVER).moved).toBe(0)
  })

  test('a re-dated draft equals a draft made at the new cutover, for rates and subscription terms', () => {
    const later = '2027-03-01T00:00:00Z'
    const moved = redateCatalog(draft.catalog, CUTOVER, later).catalog
    const fresh = draftCatalog(aiApiSnapshot(), { cutoverAt: later }).catalog
    expect(moved.rates).toEqual(fresh.rates)
  })
})

describe('exclusions', () => {
  const metricDecision = draft.decisions.find((d) => d.stripeType === 'meter' && d.targets.some((t) => t.type === 'billable_metric'))!
  const metricKey = metricDecision.targets[0]!.key

  test('applies the same rule as a re-draft, then clears every dangling reference', () => {
    const excluded = states({ [metricDecision.key]: 'excluded' })
    const mine = applyUserStates(draft.catalog, excluded)
    const core = draftCatalog(aiApiSnapshot(), { cutoverAt: CUTOVER, previous: { decisions: excluded, catalog: draft.catalog } })
    expect(findObject(mine, 'billable_metric', metricKey)).toBeNull()
    expect(mine.products.some((p) => p.billable_metric === metricKey)).toBe(false)
    expect(serializeCatalog(mine)).toBe(serializeCatalog(pruneDanglingReferences(core.catalog).catalog))
    expect(referenceProblems(mine)).toEqual([])
  })

  test('the stash of an exclusion restores the catalogue exactly', () => {
    const after = applyUserStates(draft.catalog, states({ [metricDecision.key]: 'excluded' }))
    const stash = diffRemovals(draft.catalog, after)
    expect(stash.length).toBeGreaterThan(0)
    expect(serializeCatalog(restoreStash(after, stash))).toBe(serializeCatalog(draft.catalog))
  })

  test('several exclusions at once are attributed to the decision that caused each removal', () => {
    const products = draft.decisions.filter((d) => d.stripeType === 'price' && d.targets.some((t) => t.type === 'product'))
    const a = metricDecision
    const b = products.find((p) => !p.targets.some((t) => draft.catalog.products.find((x) => x.key === t.key)?.billable_metric === metricKey))!
    const s = states({ [a.key]: 'excluded', [b.key]: 'excluded' })
    const merged = applyRedraft({ catalog: draft.catalog, decisions: draft.decisions }, { catalog: draft.catalog, decisions: s })
    const after = pruneDanglingReferences(merged.catalog).catalog
    const byDecision = attributeRemovals(diffRemovals(draft.catalog, after), [a, b])
    expect(byDecision.get(a.key)?.some((e) => e.kind === 'object' && e.type === 'billable_metric' && e.key === metricKey)).toBe(true)
    const bProduct = b.targets.find((t) => t.type === 'product')!.key
    expect(byDecision.get(b.key)?.some((e) => e.kind === 'object' && e.type === 'product' && e.key === bProduct)).toBe(true)
    // restoring only b's objects brings b's product back and leaves a's metric out
    const partial = restoreStash(after, byDecision.get(b.key)!)
    expect(findObject(partial, 'product', bProduct)).not.toBeNull()
    expect(findObject(partial, 'billable_metric', metricKey)).toBeNull()
    expect(referenceProblems(partial)).toEqual([])
  })
})

describe('pruning dangling references', () => {
  test('removes what names a missing object and trims lists', () => {
    const c: TCatalog = {
      ...emptyCatalog(),
      billableMetrics: [],
      products: [
        { key: 'p1', name: 'P1', type: 'USAGE', billable_metric: 'gone' },
        { key: 'p2', name: 'P2', type: 'FIXED' },
        { key: 'comp', name: 'Composite', type: 'COMPOSITE', composite_products: ['p1', 'p2'] },
      ],
      rateCards: [{ key: 'usd', name: 'USD', fiat_currency: 'USD' }],
      rates: [
        { key: 'r1', rate_card: 'usd', product: 'p1', rate_type: 'FLAT', price: '1', starting_at: CUTOVER },
        { key: 'r2', rate_card: 'usd', product: 'p2', rate_type: 'FLAT', price: '1', starting_at: CUTOVER, credit_type: 'credits' },
      ],
      contracts: [
        {
          key: 'k',
          customer: { stripe_id: 'cus_1' },
          rate_card: 'eur',
          starting_at: CUTOVER,
          overrides: [{ key: 'o1', type: 'OVERWRITE', starting_at: CUTOVER, product: 'p1' }, { key: 'o2', type: 'MULTIPLIER', starting_at: CUTOVER, override_specifiers: [{ product: 'p1' }] }],
          commits: [{ key: 'c1', type: 'PREPAID', product: 'p2', applicable_products: ['p1', 'p2'] }],
        },
      ],
    }
    const r = pruneDanglingReferences(c)
    expect(r.catalog.products.map((p) => p.key)).toEqual(['p2', 'comp'])
    expect(r.catalog.products[1]!.composite_products).toEqual(['p2'])
    expect(r.catalog.rates).toEqual([])
    expect(r.catalog.contracts[0]!.overrides).toBeUndefined()
    expect(r.catalog.contracts[0]!.rate_card).toBeUndefined()
    expect(r.catalog.contracts[0]!.commits![0]!.applicable_products).toEqual(['p2'])
    expect(referenceProblems(r.catalog)).toEqual([])
  })
})

describe('sample events (JSON Lines)', () => {
  const now = new Date('2026-11-20T10:00:00Z')
  test('reads Stripe meter events and names every bad line', () => {
    const text = [
      '{"event_name":"api_tokens","timestamp":1767225600,"identifier":"e1","payload":{"stripe_customer_id":"cus_1","value":"25","model":"small"}}',
      '',
      '# a comment',
      '{"event_name":"api_tokens","payload":{"value":3}}',
      '{"event_name":"","payload":{}}',
      '{oops',
      '{"event_name":"x","timestamp":1767225600000,"payload":{}}',
      '{"event_name":"x","payload":{"nested":{"a":1}}}',
      '[1,2]',
    ].join('\r\n')
    const r = parseSampleEvents(text, now)
    expect(r.events).toHaveLength(2)
    expect(r.events[0]).toEqual({ event_name: 'api_tokens', timestamp: '2026-01-01T00:00:00.000Z', identifier: 'e1', payload: { stripe_customer_id: 'cus_1', value: '25', model: 'small' } })
    expect(r.events[1]!.timestamp).toBe(now.toISOString())
    expect(r.errors.map((e) => e.line)).toEqual([5, 6, 7, 8, 9])
    expect(r.errors[2]!.message).toMatch(/looks like milliseconds/)
    expect(r.errors[3]!.message).toMatch(/payload.nested" must be a string or a number/)
    expect(r.lines).toBe(7)
  })

  test('accepts a JSON array, and refuses what is too big', () => {
    expect(parseSampleEvents('[{"event_name":"a","payload":{}}]', now).events).toHaveLength(1)
    expect(parseSampleEvents('x'.repeat(20), now, { maxChars: 10, maxEvents: 10, maxLineChars: 10, maxErrors: 5 }).tooLarge).toMatch(/upload at most/)
    const many = Array.from({ length: 5 }, () => '{"event_name":"a","payload":{}}').join('\n')
    const r = parseSampleEvents(many, now, { maxChars: 1e6, maxEvents: 3, maxLineChars: 1000, maxErrors: 5 })
    expect(r.events).toHaveLength(3)
    expect(r.tooLarge).toMatch(/more than 3 events/)
  })
})

describe('editing target objects', () => {
  test('checks the draft schema and keeps the key', () => {
    const rate = draft.catalog.rates[0]!
    expect(checkTargetDoc('rate', rate.key, JSON.stringify(rate))).toMatchObject({ ok: true })
    const bad = checkTargetDoc('rate', rate.key, { ...rate, price: 2, colour: 'red', key: 'other' })
    expect(bad.ok).toBe(false)
    const problems = !bad.ok ? bad.problems.map((p) => `${p.path} ${p.message}`) : []
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^\/key the key is the object's identity/), expect.stringMatching(/^\/price "price" must be a string/), expect.stringMatching(/^\/colour unknown field/)]))
    expect(checkTargetDoc('rate', rate.key, '{')).toMatchObject({ ok: false, problems: [{ path: '', message: expect.stringMatching(/not valid JSON/) }] })
  })
})
