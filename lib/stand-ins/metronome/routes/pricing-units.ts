import type { RouteDef } from '../context'
import { paginate } from '../pagination'

export const pricingUnitRoutes: RouteDef[] = [
  {
    // Fiat currencies and custom pricing units share this list (metronome-api.md §2.9). There is no create endpoint
    // in the public API; tests add custom units through POST /_emulator/pricing-units.
    method: 'GET',
    path: '/v1/credit-types/list',
    mutates: false,
    handler(ctx) {
      const page = paginate(ctx.state.pricing_units, ctx.query, ctx.defaultPageSize)
      return { body: { data: page.data.map((u) => ({ id: u.id, name: u.name, is_currency: u.is_currency })), next_page: page.next_page } }
    },
  },
]
