/** Query-key factories per resource: all → lists → list(filters) → details → detail(id). */
export const workspaceKeys = {
  all: (ws: string) => ['w', ws] as const,
  summary: (ws: string) => ['w', ws, 'summary'] as const,
  members: (ws: string) => ['w', ws, 'members'] as const,
  audit: (ws: string) => ['w', ws, 'audit'] as const,
}

export const connectionKeys = {
  all: (ws: string) => ['w', ws, 'connections'] as const,
}

export const importKeys = {
  all: (ws: string) => ['w', ws, 'imports'] as const,
  lists: (ws: string) => ['w', ws, 'imports', 'list'] as const,
  detail: (ws: string, id: string) => ['w', ws, 'imports', 'detail', id] as const,
}

export const stripeKeys = {
  all: (ws: string) => ['w', ws, 'stripe'] as const,
  list: (ws: string, type: string, filters: Record<string, unknown>) => ['w', ws, 'stripe', type, 'list', filters] as const,
  detail: (ws: string, type: string, id: string) => ['w', ws, 'stripe', type, 'detail', id] as const,
}

export const metricKeys = {
  all: (ws: string) => ['w', ws, 'metrics'] as const,
  lists: (ws: string) => ['w', ws, 'metrics', 'list'] as const,
  detail: (ws: string, key: string) => ['w', ws, 'metrics', 'detail', key] as const,
}

export const meKeys = { me: ['me'] as const }
