// Prisma Migrate without the native schema-engine binary (which `prisma migrate|db` downloads from
// binaries.prisma.sh — unreachable here): drive the WASM schema engine from npm
// (@prisma/schema-engine-wasm) through a driver adapter. Writes the same _prisma_migrations table as
// `prisma migrate deploy`, so users with network can use the stock CLI on the same database.
//   node scripts/schema-engine.mjs new <name>   # ~ prisma migrate dev --create-only (shadow = in-memory PGlite)
//   node scripts/schema-engine.mjs deploy       # ~ prisma migrate deploy   (DATABASE_URL required)
//   node scripts/schema-engine.mjs push         # ~ prisma db push; also a drift check (executedSteps 0)
import fs from 'node:fs'
import path from 'node:path'
import { PrismaPg } from '@prisma/adapter-pg'
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils'

const root = path.resolve(import.meta.dirname, '..')
const wasmDir = path.join(root, 'node_modules/@prisma/schema-engine-wasm')
const schemaPath = path.join(root, 'prisma/schema.prisma')
const migrationsDir = path.join(root, 'prisma/migrations')
const filters = { externalTables: [], externalEnums: [] }
globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
  message: '',
  get() { return this.message },
  set_message(m) { this.message = 'RuntimeError: ' + m },
}

// One engine per process: the wasm-bindgen glue module holds a single wasm instance, so calls are
// serialised through this promise chain.
let engineQueue = Promise.resolve()

async function loadEngine(adapterFactory) {
  const bg = await import(path.join(wasmDir, 'schema_engine_bg.js'))
  const mod = new WebAssembly.Module(fs.readFileSync(path.join(wasmDir, 'schema_engine_bg.wasm')))
  const inst = new WebAssembly.Instance(mod, { './schema_engine_bg.js': bg })
  bg.__wbg_set_wasm(inst.exports)
  inst.exports.__wbindgen_start()
  const schema = { files: [{ path: schemaPath, content: fs.readFileSync(schemaPath, 'utf8') }] }
  // Track connections so they (and Prisma's advisory lock) are released as soon as we are done.
  const opened = []
  const tracked = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: async () => { const a = await adapterFactory.connect(); opened.push(a); return a },
    connectToShadowDb: async () => { const a = await adapterFactory.connectToShadowDb(); opened.push(a); return a },
  }
  const engine = await bg.SchemaEngine.new(
    { datamodels: schema.files.map((f) => [f.path, f.content]) },
    (log) => process.env.DEBUG_SE && console.error(log),
    bindMigrationAwareSqlAdapterFactory(tracked),
  )
  const close = async () => { engine.free(); await Promise.allSettled(opened.map((a) => a.dispose())) }
  return { engine, schema, close }
}

export function migrationsList() {
  const dirs = fs.existsSync(migrationsDir)
    ? fs.readdirSync(migrationsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : []
  const lock = path.join(migrationsDir, 'migration_lock.toml')
  return {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: fs.existsSync(lock) ? fs.readFileSync(lock, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: dirs.map((d) => ({
      path: d,
      migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: fs.readFileSync(path.join(migrationsDir, d, 'migration.sql'), 'utf8') } },
    })),
  }
}

// @prisma/adapter-pg rejects Postgres' internal "char" type (OID 18) that the engine reads from
// pg_catalog when it introspects (push; prisma/orm#27403): let pg treat the column as text, then
// report it to the engine as ColumnType Character (6). `deploy` does not need this.
function patchQueryable(q) {
  const io = q.performIO
  const qr = q.queryRaw
  q.performIO = async function (query) {
    const res = await io.call(this, query)
    res.fields.forEach((f, i) => { if (f.dataTypeID === 18) { f.dataTypeID = 25; (query.charCols ??= []).push(i) } })
    return res
  }
  q.queryRaw = async function (query) {
    const rs = await qr.call(this, query)
    for (const i of query.charCols ?? []) rs.columnTypes[i] = 6
    return rs
  }
  const st = q.startTransaction
  if (st) q.startTransaction = async function (...a) { return patchQueryable(await st.apply(this, a)) }
  return q
}

export function pgMigrationFactory(connectionString) {
  const f = new PrismaPg({ connectionString })
  return {
    provider: f.provider,
    adapterName: f.adapterName,
    connect: async () => patchQueryable(await f.connect()),
    connectToShadowDb: async () => patchQueryable(await f.connectToShadowDb()),
  }
}

async function newMigration(name = 'migration') {
  // The wasm engine cannot create a Postgres shadow database itself, so replay the migrations on an
  // in-memory PGlite and diff it against the schema.
  const { PGlite } = await import('@electric-sql/pglite')
  const { PrismaPGlite } = await import('pglite-prisma-adapter')
  const shadow = await PGlite.create('memory://')
  const { engine, schema, close } = await loadEngine(new PrismaPGlite(shadow))
  await engine.applyMigrations({ migrationsList: migrationsList(), filters })
  const d = await engine.diff({
    from: { tag: 'schemaDatasource', files: schema.files, configDir: path.dirname(schemaPath) },
    to: { tag: 'schemaDatamodel', ...schema },
    script: true,
    exitCode: null,
    filters,
  })
  await close()
  await shadow.close()
  if (!d.stdout || /This is an empty migration/.test(d.stdout)) return { created: null, note: 'no schema changes' }
  const ts = new Date().toISOString().replace(/\D/g, '').slice(0, 14)
  const dir = path.join(migrationsDir, `${ts}_${name.replace(/\W+/g, '_')}`)
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, 'migration.sql'), d.stdout)
  const lock = path.join(migrationsDir, 'migration_lock.toml')
  if (!fs.existsSync(lock)) fs.writeFileSync(lock, 'provider = "postgresql"\n')
  return { created: path.relative(root, dir), sql: d.stdout }
}

async function runNow(cmd, arg, adapterFactory) {
  if (cmd === 'new') return newMigration(arg)
  const { engine, schema, close } = await loadEngine(adapterFactory)
  try {
    if (cmd === 'deploy') return await engine.applyMigrations({ migrationsList: migrationsList(), filters })
    if (cmd === 'push') return await engine.schemaPush({ schema, force: arg === '--force', filters })
    throw new Error('unknown command ' + cmd)
  } finally {
    await close()
  }
}

export function run(cmd, arg, adapterFactory) {
  const next = engineQueue.then(() => runNow(cmd, arg, adapterFactory))
  engineQueue = next.catch(() => {})
  return next
}

/** Applies pending migrations to the database at `url`; resolves to the names applied. */
export async function deployMigrations(url) {
  const res = await run('deploy', undefined, pgMigrationFactory(url))
  return res.appliedMigrationNames ?? []
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const [cmd, arg] = process.argv.slice(2)
  const url = process.env.DATABASE_URL
  if (cmd !== 'new' && !url) {
    console.error('DATABASE_URL is not set (use `npm run db:deploy`, which also finds the embedded database)')
    process.exit(2)
  }
  const t0 = performance.now()
  console.log(JSON.stringify(await run(cmd, arg, url && pgMigrationFactory(url)), null, 1))
  console.error(`${cmd} took ${Math.round(performance.now() - t0)} ms`)
  process.exit(0) // the wasm engine leaves a ~10 s timer behind
}
