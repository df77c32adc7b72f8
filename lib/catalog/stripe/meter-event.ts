/**
 * Lenient schema of a Stripe meter event as uploaded by users (JSON Lines, the shape
 * `POST /v1/billing/meter_events` takes). Pure. Only the payload keys and values matter to the mapping
 * (group-key suggestions); events summaries carry no dimensions, so samples are the only source.
 */
import { z } from 'zod'

export const ZStripeMeterEvent = z.looseObject({
  event_name: z.string().min(1),
  timestamp: z.union([z.number(), z.string()]).nullish(),
  identifier: z.string().nullish(),
  payload: z.record(z.string(), z.unknown()),
})
export type StripeMeterEvent = z.infer<typeof ZStripeMeterEvent>
