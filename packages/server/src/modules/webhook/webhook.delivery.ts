import type { Knex } from '@mikro-orm/postgresql';
import type { Task } from 'graphile-worker';
import type { Logger } from 'pino';
import { Webhook } from 'standardwebhooks';
import { postWebhook, webhookUrlProblem } from './webhook.http';
import { WebhookDeliveryStatus as Status } from './webhook.entity';

/**
 * Sending one delivery, as a job of the queue (db/job-queue.ts): signed per Standard Webhooks
 * (`webhook-id`, `webhook-timestamp`, `webhook-signature: v1,<HMAC-SHA256>`), POSTed, and the
 * attempt written to the delivery log. A failure (no answer, or not 2xx) queues the next attempt
 * after a wait that doubles from the first retry's, until the retry window after the event (or
 * the last replay) is over; then the delivery is FAILED and can be replayed. An endpoint whose
 * attempts all failed for the disable window is disabled, its pending deliveries fail, and its
 * partner's admins are told.
 */

export const DELIVER_WEBHOOK_TASK = 'deliver_webhook';

/** The queue job's key for a delivery: queuing it again (a retry, a replay) replaces a waiting job. */
export const deliveryJobKeySql = (idColumn: string) => `'webhook_delivery:' || ${idColumn}`;

export interface WebhookDeliverySettings {
  allowPrivateUrls: boolean;
  retryWindowMs: number;
  firstRetryMs: number;
  disableAfterMs: number;
  timeoutMs: number;
}

/** Waits between attempts never grow past this, so a day's window holds a few tries near its end. */
const LONGEST_WAIT_MS = 4 * 3600_000;

/** The wait after failed attempt number `attempts` (1-based). */
export function retryWaitMs(attempts: number, firstRetryMs: number): number {
  return Math.min(firstRetryMs * 2 ** (attempts - 1), LONGEST_WAIT_MS);
}

interface DeliveryRow {
  id: string;
  status: Status;
  attempts: number;
  payload: unknown;
  retry_from: Date;
  endpoint_id: number;
  url: string;
  secret: string;
  disabled_at: Date | null;
}

/** The message id on the wire: the same on every attempt and replay of a delivery. */
export const messageIdOf = (deliveryId: string) => `msg_${deliveryId}`;

export function deliverWebhookTask(knex: Knex, settings: WebhookDeliverySettings, log: Logger): Task {
  return async (payload) => {
    const deliveryId = String((payload as { deliveryId?: unknown }).deliveryId ?? '');
    if (!/^\d+$/.test(deliveryId)) return;
    const delivery = (await knex('webhook_delivery as d')
      .join('webhook_endpoint as w', 'w.id', 'd.endpoint_id')
      .where('d.id', deliveryId)
      .first(
        'd.id',
        'd.status',
        'd.attempts',
        'd.payload',
        'd.retry_from',
        'd.endpoint_id',
        'w.url',
        'w.secret',
        'w.disabled_at',
      )) as DeliveryRow | undefined;
    // Delivered or given up meanwhile (a replay queues it again), or its endpoint was deleted.
    if (!delivery || delivery.status !== Status.PENDING) return;
    if (delivery.disabled_at) {
      await knex('webhook_delivery')
        .where({ id: deliveryId })
        .update({ status: Status.FAILED, last_error: 'The endpoint is disabled.', next_attempt_at: null });
      return;
    }
    const body = JSON.stringify(delivery.payload);
    const sentAt = new Date();
    const messageId = messageIdOf(delivery.id);
    const signature = new Webhook(delivery.secret).sign(messageId, sentAt, body);
    const { statusCode, error } = await attempt(
      delivery.url,
      body,
      {
        'webhook-id': messageId,
        'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
        'webhook-signature': signature,
      },
      settings,
    );
    const attempts = delivery.attempts + 1;
    if (error === null) {
      await knex.transaction(async (trx) => {
        await trx('webhook_delivery').where({ id: deliveryId }).update({
          status: Status.DELIVERED,
          attempts,
          last_attempt_at: sentAt,
          last_status_code: statusCode,
          last_error: null,
          next_attempt_at: null,
          delivered_at: trx.fn.now(),
        });
        await trx('webhook_endpoint').where({ id: delivery.endpoint_id }).update({ failing_since: null });
      });
      return;
    }
    const nextAttemptAt = new Date(Date.now() + retryWaitMs(attempts, settings.firstRetryMs));
    const givesUp =
      nextAttemptAt.getTime() > new Date(delivery.retry_from).getTime() + settings.retryWindowMs;
    log.info({ deliveryId, attempts, statusCode, givesUp }, 'webhook delivery failed');
    await knex.transaction(async (trx) => {
      await trx('webhook_delivery')
        .where({ id: deliveryId })
        .update({
          status: givesUp ? Status.FAILED : Status.PENDING,
          attempts,
          last_attempt_at: sentAt,
          last_status_code: statusCode,
          last_error: error.slice(0, 500),
          next_attempt_at: givesUp ? null : nextAttemptAt,
        });
      if (!givesUp)
        await trx.raw(
          `select graphile_worker.add_job(?, json_build_object('deliveryId', ?::text), run_at := ?,
                                          max_attempts := 3, job_key := ${deliveryJobKeySql('?::text')})`,
          [DELIVER_WEBHOOK_TASK, deliveryId, nextAttemptAt, deliveryId],
        );
      await recordEndpointFailure(trx, delivery.endpoint_id, settings.disableAfterMs);
    });
  };
}

/** One POST: the endpoint's status, and why it failed (null when it answered 2xx). */
async function attempt(
  url: string,
  body: string,
  headers: Record<string, string>,
  settings: WebhookDeliverySettings,
): Promise<{ statusCode: number | null; error: string | null }> {
  // An address literal is connected to without a lookup: its form is checked here (names are
  // checked on connection, in postWebhook).
  const refused = webhookUrlProblem(url, settings.allowPrivateUrls);
  if (refused) return { statusCode: null, error: refused };
  try {
    const response = await postWebhook(url, body, headers, {
      timeoutMs: settings.timeoutMs,
      allowPrivate: settings.allowPrivateUrls,
    });
    const ok = response.status >= 200 && response.status < 300;
    return {
      statusCode: response.status,
      error: ok ? null : `HTTP ${response.status}${response.bodyStart ? `: ${response.bodyStart}` : ''}`,
    };
  } catch (failure) {
    return { statusCode: null, error: failure instanceof Error ? failure.message : String(failure) };
  }
}

/**
 * Marks the endpoint failing (since its first failure after a success); once that is older than
 * the disable window, disables it, fails its pending deliveries and tells its partner's admins.
 */
async function recordEndpointFailure(trx: Knex.Transaction, endpointId: number, disableAfterMs: number) {
  const { rows } = await trx.raw(
    `update webhook_endpoint set
        failing_since = coalesce(failing_since, now()),
        disabled_at = case when failing_since <= now() - ? * interval '1 millisecond' then now() end,
        disabled_reason = case when failing_since <= now() - ? * interval '1 millisecond'
          then 'Every delivery failed since ' || to_char(failing_since at time zone 'UTC', 'YYYY-MM-DD HH24:MI') || ' UTC.' end
      where id = ? and disabled_at is null
      returning id, partner_id, url, disabled_at`,
    [disableAfterMs, disableAfterMs, endpointId],
  );
  const endpoint = rows[0] as
    { id: number; partner_id: number; url: string; disabled_at: Date | null } | undefined;
  if (!endpoint?.disabled_at) return;
  await trx('webhook_delivery')
    .where({ endpoint_id: endpointId, status: Status.PENDING })
    .update({ status: Status.FAILED, last_error: 'The endpoint was disabled.', next_attempt_at: null });
  await trx.raw(
    `insert into notification (recipient_id, kind, subject_type, subject_id, subject_label)
     select m.user_id, 'WEBHOOK_ENDPOINT_DISABLED', 'WEBHOOK_ENDPOINT', ?, left(?, 200)
       from membership m join app_user u on u.id = m.user_id and u.is_active
      where m.partner_id = ? and m.role = 'PARTNER_ADMIN'`,
    [endpoint.id, endpoint.url, endpoint.partner_id],
  );
}
