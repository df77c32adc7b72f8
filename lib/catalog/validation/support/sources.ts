/**
 * Citation keys of metronome-domain.md §0 and metronome-api.md §8 → public addresses, so every rule's
 * `source` can name its evidence and the Rules page can link it. Pure data.
 */
export const SOURCES = {
  'MD-BM': 'https://docs.metronome.com/guides/implement-metronome/core-concepts/create-billable-metrics',
  'MD-BF': 'https://docs.metronome.com/guides/implement-metronome/core-concepts/billable-metrics-basic-filters',
  'MD-SQL': 'https://docs.metronome.com/guides/implement-metronome/core-concepts/billable-metrics-sql-editor',
  'MD-SQL-STG': 'https://docs.staging.metronome.com/invoicing/how-billing-works/sql-billable-metrics',
  'MD-BM-LEGACY': 'https://docs.metronome.com/invoicing/how-billing-works/set-up-billable-metrics/',
  'MD-EV-DESIGN': 'https://docs.metronome.com/guides/events/design-usage-events',
  'MD-EV-SEND': 'https://docs.metronome.com/guides/implement-metronome/core-concepts/send-usage-events',
  'MD-API-INGEST': 'https://docs.metronome.com/api-reference/usage/ingest-events',
  'MD-API-BM': 'https://docs.metronome.com/api-reference/billable-metrics/create-a-billable-metric',
  'MD-PROD': 'https://docs.metronome.com/guides/implement-metronome/core-concepts/create-products-contracts',
  'MD-API-PROD-C': 'https://docs.metronome.com/api-reference/products/create-a-product',
  'MD-API-PROD-U': 'https://docs.metronome.com/api-reference/products/update-a-product',
  'MD-API-PROD-A': 'https://docs.metronome.com/api-reference/products/archive-a-product',
  'MD-API-BM-A': 'https://docs.metronome.com/api-reference/billable-metrics/archive-a-billable-metric',
  'MD-API-RC-A': 'https://docs.metronome.com/api-reference/rate-cards/archive-a-rate-card',
  'MD-RC': 'https://docs.metronome.com/guides/implement-metronome/core-concepts/create-manage-rate-cards',
  'MD-RC-OLD': 'https://docs.metronome.com/pricing-and-packaging/create-rate-cards/',
  'MD-PLANS': 'https://docs.metronome.com/pricing/managing-plans/',
  'MD-OVR': 'https://docs.metronome.com/guides/pricing-packaging/make-pricing-changes/edit-or-override-a-contract',
  'MD-COMMIT-DISC': 'https://docs.metronome.com/guides/pricing-packaging/apply-credits-and-commits/discounting-on-commits',
  'MD-CPU': 'https://docs.metronome.com/guides/pricing-packaging/make-pricing-changes/use-currency-custompricingunits',
  'MD-PKG': 'https://docs.metronome.com/guides/implement-metronome/core-concepts/packages-overview',
  'MD-PRICECHG': 'https://docs.metronome.com/guides/pricing-packaging/make-pricing-changes/make-a-pricing-change',
  'MD-INV': 'https://docs.metronome.com/guides/implement-metronome/core-concepts/how-invoicing-works',
  'MD-CONTRACT': 'https://docs.metronome.com/guides/implement-metronome/core-concepts/provision-contract',
  'MD-TARGET': 'https://docs.metronome.com/guides/pricing-packaging/apply-credits-and-commits/target-credit-and-commits',
  'MD-CC': 'https://docs.metronome.com/pricing-packaging/apply-credits-commits',
  'MD-PRIO': 'https://docs.metronome.com/pricing-packaging/apply-credits-commits/prioritization-rules',
  'MD-CREDITS-LEGACY': 'https://docs.metronome.com/invoicing/how-billing-works/manage-credits/',
  'MD-COMPOSITE': 'https://docs.metronome.com/guides/pricing-packaging/billing-model-guides/composite-charges',
  'MD-STRIPE': 'https://docs.metronome.com/integrations/invoice-integrations/stripe',
  'MD-CF': 'https://docs.metronome.com/api-reference/custom-fields/create-a-custom-field-key',
  'SDK-PY': 'https://github.com/Metronome-Industries/metronome-python',
  'SDK-NODE': 'https://github.com/Metronome-Industries/metronome-node',
  TF: 'https://github.com/Metronome-Industries/terraform-provider-metronome',
  AI: 'https://github.com/Metronome-Industries/ai',
  'SD-HOW': 'https://docs.stripe.com/billing/how-metronome-works-with-stripe',
  'SD-SETUP': 'https://docs.stripe.com/billing/subscriptions/usage-based/migrate-to-metronome/set-up',
  'SD-PRICE-API': 'https://docs.stripe.com/api/prices/object',
  DUST: 'https://github.com/dust-tt/dust',
} as const

export type SourceKey = keyof typeof SOURCES

/** "§8 rule 4 [MD-API-BM][AI]" → `source` text; the addresses go to `links`. */
export function cite(where: string, keys: readonly SourceKey[], note?: string): { source: string; links: string[] } {
  const tags = keys.map((k) => `[${k}]`).join('')
  return { source: `${where} ${tags}${note ? ` — ${note}` : ''}`.trim(), links: keys.map((k) => SOURCES[k]) }
}
