// CORS for the API and the downloads: browsers on the origins of CORS_ORIGINS may call them (with a
// bearer token; no cookies are used, so no credentials mode); any other origin gets no CORS header
// at all, so the browser refuses to hand it the answer.
import type { NextFunction, Request, Response } from 'express';

const ALLOWED_HEADERS = 'Authorization, Content-Type, Accept, Accept-Language, X-Request-Id, Apollo-Require-Preflight';
/** Headers a script may read: the download's file name, a rate limit's wait. */
const EXPOSED_HEADERS = 'Content-Disposition, Retry-After';

export function cors(origins: readonly string[]) {
  const allowed = new Set(origins);
  return (req: Request, res: Response, next: NextFunction): void => {
    const origin = req.get('origin');
    const preflight = req.method === 'OPTIONS' && req.get('access-control-request-method') !== undefined;
    res.vary('Origin');
    if (origin !== undefined && allowed.has(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
      if (preflight) {
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
        res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
        res.setHeader('Access-Control-Max-Age', '600');
      }
    }
    // A preflight is answered here either way: with the headers above, or without any (refused).
    if (preflight) {
      res.status(204).end();
      return;
    }
    next();
  };
}
