# syntax=docker/dockerfile:1
# ICCT26 registration API. Build: docker build -t icct26-registration-backend .
# The image runs `node dist/main.js` as the unprivileged `node` user; migrations run at start-up.

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
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    API_HOST=0.0.0.0 \
    API_PORT=8000 \
    DATA_DIR=/app/data
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
COPY --from=build /app/dist ./dist
COPY drizzle ./drizzle
# DATA_DIR (embedded database, local uploads, mail files) and logs/ are the only writable places.
RUN mkdir -p /app/data /app/logs && chown node:node /app/data /app/logs
USER node
EXPOSE 8000
VOLUME ["/app/data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.API_PORT || 8000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM drains in-flight requests for SHUTDOWN_GRACE_SECONDS, then exits 0.
STOPSIGNAL SIGTERM
CMD ["node", "dist/main.js"]
