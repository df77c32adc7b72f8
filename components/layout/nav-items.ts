/** The studio's navigation, grouped the way the migration flows: Stripe → design → review → publish. */
export type NavItem = { label: string; href: (ws: string) => string; match?: RegExp }
export type NavGroup = { label: string; items: NavItem[] }

export const NAV: NavGroup[] = [
  { label: '', items: [{ label: 'Overview', href: (ws) => `/w/${ws}`, match: /^\/w\/[^/]+$/ }] },
  {
    label: 'Stripe',
    items: [
      { label: 'Imports', href: (ws) => `/w/${ws}/imports` },
      { label: 'Meters', href: (ws) => `/w/${ws}/stripe/meter` },
      { label: 'Products', href: (ws) => `/w/${ws}/stripe/product` },
      { label: 'Prices', href: (ws) => `/w/${ws}/stripe/price` },
      { label: 'Customers', href: (ws) => `/w/${ws}/stripe/customer` },
      { label: 'Subscriptions', href: (ws) => `/w/${ws}/stripe/subscription` },
      { label: 'Schedules', href: (ws) => `/w/${ws}/stripe/subscription_schedule` },
      { label: 'Credit grants', href: (ws) => `/w/${ws}/stripe/credit_grant` },
      { label: 'Coupons', href: (ws) => `/w/${ws}/stripe/coupon` },
      { label: 'Promotion codes', href: (ws) => `/w/${ws}/stripe/promotion_code` },
      { label: 'Usage', href: (ws) => `/w/${ws}/stripe/usage` },
    ],
  },
  {
    label: 'Metronome design',
    items: [
      { label: 'Auto-draft', href: (ws) => `/w/${ws}/auto-draft` },
      { label: 'Migration map', href: (ws) => `/w/${ws}/migration-map`, match: /^\/w\/[^/]+\/(migration-map|design)(\/|$)/ },
      { label: 'Billable metrics', href: (ws) => `/w/${ws}/metrics` },
      { label: 'Catalogue as code', href: (ws) => `/w/${ws}/catalog-code` },
      { label: 'Cutover & pattern', href: (ws) => `/w/${ws}/settings/drafting` },
    ],
  },
  {
    label: 'Review',
    items: [{ label: 'Change sets', href: (ws) => `/w/${ws}/change-sets` }],
  },
  {
    label: 'Workspace',
    items: [
      { label: 'Connections', href: (ws) => `/w/${ws}/settings/connections` },
      { label: 'Members', href: (ws) => `/w/${ws}/settings/members` },
      { label: 'Audit log', href: (ws) => `/w/${ws}/audit` },
      { label: 'Validation rules', href: (ws) => `/w/${ws}/rules` },
    ],
  },
]
