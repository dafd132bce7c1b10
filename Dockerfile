# syntax=docker/dockerfile:1
# Cerulean images. `docker compose up` builds two targets of this file:
#   web     – applies migrations, seeds the node pool, then `next start` (default target);
#             NEXTAUTH_SECRET must be provided at run time
#   worker  – the control-plane workers (workers/main.ts)
# Both need the TypeScript sources at run time: the workers and the migration step run
# through tsx, and migrations use Prisma's WebAssembly schema engine (a dev dependency),
# so the full node_modules is kept.

ARG NODE_VERSION=20

FROM node:${NODE_VERSION}-bookworm-slim AS base
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# The lockfile is written by npm 11 (its allowScripts policy included); the image's npm 10 is older.
RUN npm install -g npm@11 --no-audit --no-fund

# Dependencies only, so that this layer is rebuilt when the lockfile changes and not on
# every source edit. The postinstall step generates the Prisma client from the schema.
FROM base AS deps
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma/schema.prisma prisma/schema.prisma
COPY scripts/no-schema-engine.sh scripts/no-schema-engine.sh
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npm run build && rm -rf .next/cache

FROM base AS runtime
ENV NODE_ENV=production \
    PORT=3000
COPY --from=build --chown=node:node /app /app
# .data holds what the stack generates on first start (signing keys, the local CA); mount
# a volume there to keep it across container restarts.
RUN mkdir -p /app/.data && chown node:node /app /app/.data
USER node

FROM runtime AS worker
HEALTHCHECK --interval=15s --timeout=10s --start-period=30s --retries=3 \
  CMD ["node", "--import", "tsx", "scripts/stack/check-worker-heartbeat.ts"]
CMD ["node", "--import", "tsx", "workers/main.ts"]

FROM runtime AS web
EXPOSE 3000
# Healthy means everything the portal depends on answers (200); 503 is a degraded stack:
# database, Redis or the workers down.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1))"]
# NEXTAUTH_SECRET must be provided (docker run -e NEXTAUTH_SECRET=…, or compose's environment):
# it signs the portal's sessions, and the image has none on purpose. Without it the container
# stops here, before touching the database (server/env.ts refuses it in production as well).
CMD ["sh", "-c", ": \"${NEXTAUTH_SECRET:?must be set to a secret of your own, e.g. the output of openssl rand -base64 32}\" && node --import tsx scripts/stack/prepare-database.ts --no-demo-user && exec node node_modules/next/dist/bin/next start -p \"$PORT\""]
