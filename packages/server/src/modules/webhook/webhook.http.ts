import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Outgoing webhook requests, safe against server-side request forgery: a partner's URL must not
 * make our server call into its own network (the database, the cloud's metadata address, an
 * admin port on localhost). The check runs on the addresses the name resolves to, at connection
 * time (`lookup` of node:http), so a name that resolved to a public address when registered and
 * to 127.0.0.1 at delivery (DNS rebinding) is refused too. Redirects are not followed.
 */

/** ipaddr.js's ranges a public endpoint may be in; everything else (loopback, private, link-local…) is refused. */
const PUBLIC_RANGES = new Set(['unicast']);

export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return PUBLIC_RANGES.has(ipaddr.process(address).range());
}

/** Why a URL cannot be an endpoint, or null when its form is fine (addresses are checked on connection). */
export function webhookUrlProblem(raw: string, allowPrivate: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'Not a URL.';
  }
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:'))
    return 'The URL must start with https://.';
  if (url.username || url.password) return 'The URL must not carry a user name or password.';
  if (url.hash) return 'The URL must not have a #fragment.';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && ipaddr.isValid(host) && !isPublicAddress(host))
    return `${host} is a private, loopback or reserved address; use a public one.`;
  if (!allowPrivate && (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal')))
    return `${host} is not a public host name.`;
  return null;
}

/** Resolves like the default lookup, then refuses private addresses unless they are allowed. */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as dns.LookupAddress[];
      const usable = allowPrivate ? list : list.filter((entry) => isPublicAddress(entry.address));
      if (usable.length === 0) {
        const refused = new Error(
          `${hostname} resolves to no public address (${list.map((a) => a.address).join(', ')})`,
        );
        return callback(Object.assign(refused, { code: 'EADDRNOTPUBLIC' }), '', 0);
      }
      if ((options as { all?: boolean }).all) return callback(null, usable as never);
      return callback(null, usable[0].address, usable[0].family);
    });
  };
}

export interface WebhookResponse {
  status: number;
  /** The first bytes of the answer, for the delivery log. */
  bodyStart: string;
}

/** POSTs a JSON body; resolves with the answer's status (any), rejects when there was none. */
export function postWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: { timeoutMs: number; allowPrivate: boolean },
): Promise<WebhookResponse> {
  const target = new URL(url);
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      target,
      {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'MitraDesa-Webhooks/1',
        },
        lookup: guardedLookup(options.allowPrivate),
        timeout: options.timeoutMs,
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          // Keep the first kilobyte only; read the rest to let the connection close cleanly.
          if (size < 1024) chunks.push(chunk);
          size += chunk.length;
        });
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            bodyStart: Buffer.concat(chunks).toString('utf8').slice(0, 200),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
    request.on('error', reject);
    request.end(body);
  });
}
