// Plain JavaScript on purpose: env is validated at server start (instrumentation.ts) and in the CLI,
// not at build time, because `npm start` builds before any database or key exists.
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native or WASM packages that must be loaded by Node, not bundled.
  serverExternalPackages: ['argon2', 'pg-boss', '@electric-sql/pglite', '@electric-sql/pglite-socket'],
}

export default nextConfig
