import express, { type Router } from 'express';
import type { Knex } from '@mikro-orm/postgresql';
import { unsubscribe } from './email.service';
import { MailSink, type Mailer } from './mailer';

/**
 * - POST /email/unsubscribe?token=…: RFC 8058 one-click unsubscribe, which mail clients send for
 *   the List-Unsubscribe header (the web app forwards the path here). 200 when done, 404 for a
 *   link that is not valid; never a page, never a redirect.
 * - GET /dev/emails: the development sink's latest mails as JSON (only when mails go to the sink:
 *   never in production).
 */
export function emailRoutes(knex: Knex, mailer: Mailer, linkSecret: string): Router {
  const router = express.Router();
  router.post('/email/unsubscribe', async (request, response, next) => {
    try {
      const token = typeof request.query.token === 'string' ? request.query.token : '';
      const done = await unsubscribe(knex, linkSecret, token);
      response
        .status(done ? 200 : 404)
        .type('text/plain')
        .send(done ? 'unsubscribed' : 'not a valid link');
    } catch (error) {
      next(error);
    }
  });
  if (mailer instanceof MailSink) {
    router.get('/dev/emails', (_request, response) => {
      response.json({ emails: mailer.latest() });
    });
  }
  return router;
}
