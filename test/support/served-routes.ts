import type { NestFastifyApplication } from '@nestjs/platform-fastify';

const recorded = new WeakMap<object, Set<string>>();

/**
 * Records every route the app adds from now on (call it before `listen`, which adds them). Catch-all
 * routes (static files, Swagger UI's assets, the CORS preflight) are not listed, nor the HEAD route
 * Fastify adds beside each GET.
 */
export function recordServedRoutes(app: NestFastifyApplication): void {
  const routes = new Set<string>();
  recorded.set(app, routes);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRoute', (route) => {
      if (route.url.includes('*')) return;
      for (const method of [route.method].flat()) {
        if (method !== 'HEAD') routes.add(`${method} ${route.url.replace(/:(\w+)/g, '{$1}')}`);
      }
    });
}

/** Every `METHOD /path` the running app answers, with `:param` written as OpenAPI's `{param}`. */
export function servedRoutes(app: NestFastifyApplication): string[] {
  const routes = recorded.get(app);
  if (!routes) throw new Error('servedRoutes: recordServedRoutes(app) was not called before listen');
  return [...routes].sort();
}
