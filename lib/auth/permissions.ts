/**
 * Who may do what. Pure: route handlers, services and the CLI ask `can(role, action)`; the UI uses
 * the same table to hide buttons a member cannot use (the server still checks).
 */
export const ROLES = ['admin', 'editor', 'reviewer', 'viewer'] as const
export type Role = (typeof ROLES)[number]

export const PERMISSIONS = {
  'workspace.read': ['admin', 'editor', 'reviewer', 'viewer'],
  'connection.manage': ['admin'],
  'member.manage': ['admin'],
  'import.run': ['admin', 'editor'],
  'catalog.edit': ['admin', 'editor'],
  'changeset.submit': ['admin', 'editor'],
  'changeset.review': ['admin', 'reviewer'],
  'changeset.comment': ['admin', 'editor', 'reviewer'],
  'publish.run': ['admin', 'editor'],
} as const satisfies Record<string, readonly Role[]>

export type Action = keyof typeof PERMISSIONS

export function can(role: Role | null | undefined, action: Action): boolean {
  return !!role && (PERMISSIONS[action] as readonly Role[]).includes(role)
}

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  editor: 'Editor',
  reviewer: 'Reviewer',
  viewer: 'Viewer',
}
