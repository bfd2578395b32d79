# Production image of the census API. Build: docker build -t census-api .
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true
COPY . .
RUN npm ci --no-audit --no-fund \
 && npx nx run api:build \
 && npx nx run web:build \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=4000 SEED_DEMO=false DATA_DIR=/var/lib/census
COPY --from=build /app /app
# The API writes exports, backups and the county-system token under DATA_DIR: a folder the node user owns (a volume
# in docker-compose.yml), not the image's /app, which belongs to root.
RUN mkdir -p /var/lib/census && chown node:node /var/lib/census
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "apps/api/dist/main.js"]
