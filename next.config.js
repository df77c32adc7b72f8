// Plain JavaScript on purpose: env is validated at server start (instrumentation.ts) and in the CLI,
// not at build time, because `npm start` builds before any database or key exists.
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The dev server is reached as 127.0.0.1 by tests and the CLI-printed links, not only as localhost.
  allowedDevOrigins: ['127.0.0.1', 'localhost'],
  // Native or WASM packages that must be loaded by Node, not bundled.
  serverExternalPackages: ['argon2', 'pg-boss', '@electric-sql/pglite', '@electric-sql/pglite-socket'],
}

export default nextConfig
