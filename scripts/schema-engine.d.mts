export function deployMigrations(url: string): Promise<string[]>
export function run(cmd: 'new' | 'deploy' | 'push', arg?: string, adapterFactory?: unknown): Promise<unknown>
export function pgMigrationFactory(connectionString: string): unknown
