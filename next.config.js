/** @type {import('next').NextConfig} */
const nextConfig = {
  // Workers and the start script import server/ directly; keep these out of the bundle.
  serverExternalPackages: ['@node-rs/argon2', 'bullmq', 'ioredis', 'pg', '@prisma/adapter-pg'],
  typedRoutes: false,
  poweredByHeader: false,
}

export default nextConfig
