import { expect, test } from 'vitest'
import { ZStripeMeterEvent } from '../stripe/meter-event'
import { suggestGroupKeys } from './group-key-suggestions'

const events = (payloads: Array<Record<string, unknown>>) => payloads.map((payload) => ZStripeMeterEvent.parse({ event_name: 'api_tokens', payload }))

test('superset of meter dimensions, pricing keys and sample keys present on every event, without identifiers', () => {
  const samples = events(
    Array.from({ length: 30 }, (_, i) => ({ stripe_customer_id: 'cus_1', tokens: String(i * 13), model: i % 2 ? 'a' : 'b', region: 'us', request_id: `r${i}`, ...(i % 2 ? { project: 'p' } : {}) })),
  )
  const s = suggestGroupKeys({ metric: 'api_tokens', dimensionKeys: ['model', 'tier'], pricingKeys: ['model'], metadataKeys: ['model'], reservedKeys: ['stripe_customer_id', 'tokens'], samples })
  expect(s.keys).toEqual([['model'], ['model', 'tier', 'region']])
  expect(s.fromSampleEvents).toEqual(['model', 'project', 'region'])
  expect(s.notApplied).toEqual([{ key: 'project', why: expect.stringMatching(/15 of 30/) }])
  expect(s.excludedHighCardinality).toEqual([{ key: 'request_id', distinctValues: 30, why: expect.stringMatching(/identifier/) }])
})

test('numeric measures in the payload are not dimensions', () => {
  const samples = events(Array.from({ length: 15 }, (_, i) => ({ latency_ms: String(i * 7) })))
  const s = suggestGroupKeys({ metric: 'm', dimensionKeys: [], pricingKeys: [], metadataKeys: [], reservedKeys: [], samples })
  expect(s.keys).toEqual([])
  expect(s.notApplied[0]).toMatchObject({ key: 'latency_ms' })
})

test('no dimensions and no samples: no group keys', () => {
  expect(suggestGroupKeys({ metric: 'm', dimensionKeys: [], pricingKeys: [], metadataKeys: [], reservedKeys: [], samples: [] }).keys).toEqual([])
})
