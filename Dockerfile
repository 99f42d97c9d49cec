# syntax=docker/dockerfile:1
# ICCT26 registration API. Build: docker build -t icct26-registration-backend .
# The image runs `node --heap-growing-percent=50 dist/main.js` as the unprivileged `node` user; migrations run
# at start-up. A platform that overrides the command should keep that flag (see the memory note below).

ARG NODE_IMAGE=node:20-bookworm-slim

# 1. Compile TypeScript with the dev dependencies.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# 2. Production dependencies only.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# 3. The runtime image: compiled code, migrations, production node_modules.
# ENVIRONMENT=production: the server refuses to start without DATABASE_URL, SMTP_SERVER, API_URL and
# Cloudinary unless each fallback is opted into (ALLOW_EMBEDDED_DATABASE, ALLOW_EMAIL_TO_FILES,
# ALLOW_LOCAL_FILE_STORAGE); see the README's Configuration. The port is not set here, so that a
# platform's PORT works: API_PORT, else PORT, else 8000.
# Memory (issue 15, docs/benchmarks.md "Memory"): V8's young generation capped at 8 MB per semi-space (the
# default grows to 16 MB each, committed even when idle) and the old generation at 256 MB, which also keeps
# V8 from letting it grow to ~2x the live heap between full collections; glibc malloc limited to 2 arenas
# (it would open up to 8 per core for the threads of libuv and V8). Peak RSS under S1 210 -> 144 MB.
# NODE_OPTIONS, not CMD arguments, so that a container with more memory can raise them
# (`-e NODE_OPTIONS=--max-old-space-size=1024`); the flags in `npm start` are the same.
# With a heap limit this small, V8 also lets the old space grow only ~1.1x past the live heap, so it ran a
# full collection every ~0.3 s under load and /health answered ~40 % fewer requests: the CMD's
# --heap-growing-percent=50 lets it grow 1.5x (S1 peak RSS 175 MB). Node refuses that flag in NODE_OPTIONS.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    ENVIRONMENT=production \
    API_HOST=0.0.0.0 \
    DATA_DIR=/app/data \
    NODE_OPTIONS="--max-semi-space-size=8 --max-old-space-size=256" \
    MALLOC_ARENA_MAX=2
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
COPY --from=build /app/dist ./dist
COPY drizzle ./drizzle
# DATA_DIR (embedded database, local uploads, mail files) and logs/ are the only writable places.
RUN mkdir -p /app/data /app/logs && chown node:node /app/data /app/logs
USER node
# The default port; API_PORT or PORT may choose another (the health check follows them).
EXPOSE 8000
VOLUME ["/app/data"]
# GET /health on the port the server itself reads from its configuration (API_PORT, else PORT, else
# 8000; an empty variable counts as unset), with a 4 s time limit.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "dist/lifecycle/health-check.js"]
# SIGTERM drains in-flight requests for SHUTDOWN_GRACE_SECONDS, then exits 0.
STOPSIGNAL SIGTERM
CMD ["node", "--heap-growing-percent=50", "dist/main.js"]
