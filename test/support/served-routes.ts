import type { NestExpressApplication } from '@nestjs/platform-express';

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/**
 * Every `METHOD /path` the running app answers, read from Express's router (where Nest mounts each
 * controller route), with `:param` written as OpenAPI's `{param}`. Middleware (static files, 404)
 * has no route and is not listed; nor is Nest's way of mounting middleware bound to every path
 * (nestjs-pino's request context), an all-methods route on the `{*path}` wildcard.
 */
export function servedRoutes(app: NestExpressApplication): string[] {
  const express = app.getHttpAdapter().getInstance() as { router: { stack: Layer[] } };
  const routes: string[] = [];
  const visit = (stack: Layer[]) => {
    for (const layer of stack) {
      if (layer.route && !isMiddlewareWildcard(layer.route.path)) {
        const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
        for (const path of paths) {
          for (const method of Object.keys(layer.route.methods)) {
            routes.push(`${method.toUpperCase()} ${path.replace(/:(\w+)/g, '{$1}')}`);
          }
        }
      } else if (!layer.route && layer.handle?.stack) {
        visit(layer.handle.stack);
      }
    }
  };
  visit(express.router.stack);
  return [...new Set(routes)].sort();
}

function isMiddlewareWildcard(path: string | string[]): boolean {
  return (Array.isArray(path) ? path : [path]).every((p) => p.includes('{*'));
}
