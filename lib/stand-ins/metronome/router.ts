import type { RouteDef } from './context'
import { billableMetricRoutes } from './routes/billable-metrics'
import { customFieldRoutes } from './routes/custom-fields'
import { packageRoutes } from './routes/packages'
import { pricingUnitRoutes } from './routes/pricing-units'
import { productRoutes } from './routes/products'
import { rateCardRoutes } from './routes/rate-cards'
import { rateRoutes } from './routes/rates'

export const API_ROUTES: readonly RouteDef[] = [
  ...billableMetricRoutes,
  ...productRoutes,
  ...rateCardRoutes,
  ...rateRoutes,
  ...pricingUnitRoutes,
  ...packageRoutes,
  ...customFieldRoutes,
]

type Compiled = { def: RouteDef; pattern: RegExp; names: string[] }

const compiled: Compiled[] = API_ROUTES.map((def) => {
  const names: string[] = []
  const source = def.path
    .split('/')
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment)
      if (!param?.[1]) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      names.push(param[1])
      return '([^/]+)'
    })
    .join('/')
  return { def, pattern: new RegExp(`^${source}$`), names }
})

export function matchRoute(method: string, pathname: string): { def: RouteDef; params: Record<string, string> } | null {
  for (const { def, pattern, names } of compiled) {
    if (def.method !== method) continue
    const m = pattern.exec(pathname)
    if (!m) continue
    const params: Record<string, string> = {}
    names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1] ?? '')))
    return { def, params }
  }
  return null
}
