import { describe, expect, test } from 'vitest'
import * as b from '../__fixtures__/stripe/build'
import { ZStripeMeter } from '../stripe/meter'
import { ZStripePrice, type StripePrice } from '../stripe/price'
import { commonName } from './map-meters'
import { findMeterFamilies } from './meter-families'
import { segmentKeysFromMetadata } from './segment-keys'

const meter = (id: string, event_name: string, over: Record<string, unknown> = {}) => ZStripeMeter.parse(b.meter({ id, event_name, ...over }))
const price = (id: string, meterId: string, metadata: Record<string, string>) => ZStripePrice.parse(b.price({ id, recurring: b.meteredOn(meterId), metadata }))

describe('M7 consolidation candidates', () => {
  test('meters differing by one name segment, named from price metadata', () => {
    const meters = [meter('m1', 'api_tokens_gpt4'), meter('m2', 'api_tokens_gpt35'), meter('m3', 'image_count', { default_aggregation: { formula: 'count' } })]
    const prices = new Map<string, StripePrice[]>([
      ['m1', [price('p1', 'm1', { model: 'gpt-4' })]],
      ['m2', [price('p2', 'm2', { model: 'gpt-3.5' })]],
    ])
    const [f, ...rest] = findMeterFamilies(meters, prices)
    expect(rest).toEqual([])
    expect(f?.meters.map((m) => m.id)).toEqual(['m1', 'm2'])
    expect(f).toMatchObject({ stem: 'api_tokens', segmentKey: 'model', namedByMetadata: true })
    expect([...(f?.segmentValues ?? [])]).toEqual([
      ['m1', 'gpt-4'],
      ['m2', 'gpt-3.5'],
    ])
  })

  test.each([
    ['different aggregation', [meter('m1', 'api_tokens_a'), meter('m2', 'api_tokens_b', { default_aggregation: { formula: 'count' } })]],
    ['different value key', [meter('m1', 'api_tokens_a'), meter('m2', 'api_tokens_b', { value_settings: { event_payload_key: 'n' } })]],
    ['one-word stem without metadata', [meter('m1', 'image_count'), meter('m2', 'video_count')]],
    ['names differing in two segments', [meter('m1', 'a_x_1'), meter('m2', 'a_y_2')]],
  ])('not consolidated: %s', (_n, meters) => {
    expect(findMeterFamilies(meters, new Map())).toEqual([])
  })

  test('without metadata the segment is named "variant" and keeps the name token', () => {
    const [f] = findMeterFamilies([meter('m1', 'api_tokens_gpt4'), meter('m2', 'api_tokens_gpt35')], new Map())
    expect(f).toMatchObject({ segmentKey: 'variant', namedByMetadata: false })
    expect(f?.segmentValues.get('m2')).toBe('gpt35')
  })
})

test.each([
  [['API tokens – GPT-4', 'API tokens – GPT-3.5'], 'API tokens'],
  [['Fine-tuning tokens GPT-4o', 'Fine-tuning tokens GPT-4o mini'], 'Fine-tuning tokens'],
  [['GPT-4 tokens', 'GPT-3.5 tokens'], 'Tokens'],
  [['Input tokens', 'Output tokens'], 'Tokens'],
  [['Images', 'Videos'], 'fallback'],
])('common name of %j is %s', (names, expected) => {
  expect(commonName(names, 'fallback')).toBe(expected)
})

test.each([
  ['varying metadata key', [{ model: 'a' }, { model: 'b' }], [], ['model']],
  ['bookkeeping keys are not dimensions', [{ plan: 'a', owner: 'x' }, { plan: 'b', owner: 'y' }], [], []],
  ['a key missing on one price', [{ model: 'a' }, {}], [], []],
  ['the same value everywhere', [{ model: 'a' }, { model: 'a' }], [], []],
  ['only meter dimensions when the meter has some', [{ model: 'a', region: 'x' }, { model: 'b', region: 'y' }], ['model'], ['model']],
])('segment keys from price metadata: %s', (_n, metadata, dims, expected) => {
  const prices = metadata.map((m, i) => price(`p${i}`, 'm1', m as Record<string, string>))
  expect(segmentKeysFromMetadata(prices, dims)).toEqual(expected)
})
