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

export const usageKeys = {
  all: (ws: string) => ['w', ws, 'usage'] as const,
  list: (ws: string, filters: Record<string, string>) => ['w', ws, 'usage', 'list', filters] as const,
}

export const metricKeys = {
  all: (ws: string) => ['w', ws, 'metrics'] as const,
  lists: (ws: string) => ['w', ws, 'metrics', 'list'] as const,
  detail: (ws: string, key: string) => ['w', ws, 'metrics', 'detail', key] as const,
}

export const meKeys = { me: ['me'] as const }

export const draftKeys = {
  all: (ws: string) => ['w', ws, 'drafts'] as const,
  overview: (ws: string, cs?: string) => ['w', ws, 'drafts', 'overview', cs ?? 'latest'] as const,
  decisions: (ws: string, cs: string) => ['w', ws, 'drafts', 'decisions', cs] as const,
  decision: (ws: string, cs: string, id: string) => ['w', ws, 'drafts', 'decision', cs, id] as const,
  object: (ws: string, cs: string, kind: string, key: string) => ['w', ws, 'drafts', 'object', cs, kind, key] as const,
  settings: (ws: string) => ['w', ws, 'drafts', 'settings'] as const,
  sampleEvents: (ws: string) => ['w', ws, 'drafts', 'sample-events'] as const,
  changeSets: (ws: string) => ['w', ws, 'drafts', 'change-sets'] as const,
}
