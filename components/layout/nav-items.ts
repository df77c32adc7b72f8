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
    ],
  },
  {
    label: 'Metronome design',
    items: [{ label: 'Billable metrics', href: (ws) => `/w/${ws}/metrics` }],
  },
  {
    label: 'Workspace',
    items: [
      { label: 'Connections', href: (ws) => `/w/${ws}/settings/connections` },
      { label: 'Members', href: (ws) => `/w/${ws}/settings/members` },
      { label: 'Audit log', href: (ws) => `/w/${ws}/audit` },
    ],
  },
]
