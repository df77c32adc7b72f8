/**
 * MTR-27 · Ingest batches hold 1–100 events.
 * Invariant: context.pipeline.ingestBatchSize, when given, is an integer in [1, 100]. The catalogue
 * cannot express the pipeline; without that setting there is nothing to check.
 * Source: metronome-domain.md §8 rule 27 [MD-API-INGEST] (E).
 */
import { globalRule, onRoot } from '../rule'
import { cite } from '../support/sources'

export default globalRule({
  code: 'MTR-27',
  severity: 'error',
  title: 'Ingest batch size outside 1–100',
  explanation: 'The ingest endpoint takes a JSON array of 1 to 100 events (`minItems: 1`, `maxItems: 100`); larger batches are rejected. Checks the pipeline settings in the validation context.',
  fix: 'Send at most 100 events per ingest request.',
  ...cite('metronome-domain.md §8 rule 27', ['MD-API-INGEST']),
  appliesTo: ['context'],
  check(ctx) {
    const size = ctx.input.pipeline?.ingestBatchSize
    if (size === undefined) return
    if (typeof size === 'number' && Number.isInteger(size) && size >= 1 && size <= 100) return
    return [onRoot('pipeline', undefined, ['ingestBatchSize'], `The pipeline sends ${String(size)} events per ingest request: Metronome accepts 1 to 100 per request; split the batches.`)]
  },
})
