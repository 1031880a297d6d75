# Backend Academy: a multi-stage image. Build with `docker build -t backend-academy .`; see compose.yaml.
# syntax=docker/dockerfile:1

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts/prisma-generate.mjs scripts/
COPY prisma/schema.prisma prisma/
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1 APP_ENV=production APP_URL=https://academy.example
# `npm run build`, as CI builds: the exercise assets (the prebuilt PGlite data directory), then next build.
RUN npm run build

# Production dependencies only; tsx runs scripts/serve.ts and the migration tool, so it is kept.
FROM deps AS prod-deps
RUN npm prune --omit=dev --no-audit --no-fund && npm install --no-save --no-audit --no-fund tsx@4 && node scripts/prisma-generate.mjs

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 HOST=0.0.0.0 PORT=3000 APP_ENV=production
# bubblewrap: the exercise sandbox's operating-system layer (a container needs user namespaces allowed for it;
# without them the app says so on /admin/status and the engines' own isolation holds alone).
RUN apt-get update && apt-get install -y --no-install-recommends curl tini bubblewrap && rm -rf /var/lib/apt/lists/*
COPY --from=prod-deps --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/.next ./.next
COPY --from=build --chown=node:node /app/public ./public
COPY --from=build --chown=node:node /app/.cache/exercise-assets ./.cache/exercise-assets
COPY --chown=node:node package.json next.config.ts tsconfig.json prisma.config.ts ./
COPY --chown=node:node app ./app
COPY --chown=node:node lib ./lib
COPY --chown=node:node components ./components
COPY --chown=node:node prisma ./prisma
COPY --chown=node:node scripts ./scripts
RUN mkdir -p .data && chown node:node .data
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 CMD curl -fsS http://127.0.0.1:3000/api/health || exit 1
# tini forwards SIGTERM to the server, which drains and exits 0 (scripts/shutdown.ts).
ENTRYPOINT ["/usr/bin/tini", "--"]
# Migrate (and seed an empty database), then serve: the same steps as `npm start`, without the build.
CMD ["sh", "-c", "node --import tsx --import ./scripts/server-only/register.mjs scripts/prepare-db.ts && exec node --import tsx --import ./scripts/server-only/register.mjs scripts/serve.ts \"$PORT\""]
