import type { NextFunction, Request, Response } from 'express';
import { isAdminPath } from './rate-limit.guard.js';

/**
 * Admin responses carry personal data: none may be kept by a browser or a proxy. Set here, before
 * routing, so that every answer under the admin paths has it (data, 401, 404, 429).
 */
export function noStoreForAdmin(req: Request, res: Response, next: NextFunction): void {
  if (isAdminPath(req.path)) res.setHeader('Cache-Control', 'no-store');
  next();
}
