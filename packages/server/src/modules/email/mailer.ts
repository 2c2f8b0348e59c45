import nodemailer from 'nodemailer';
import type { Logger } from 'pino';

/**
 * Where mails go. nodemailer (8, with its DefinitelyTyped types) over SMTP when SMTP_URL is set:
 * the one maintained Node mail library, which speaks SMTP with TLS, pooling and authentication
 * from a single URL (`smtps://user:pass@host:465`). Without it, outside production, a sink keeps
 * the latest mails for GET /dev/emails and logs each; in production nothing is sent.
 */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** RFC 8058 one-click unsubscribe: the URL a mail client POSTs to; none for a one-off mail (an invitation). */
  unsubscribeUrl?: string;
}

export interface Mailer {
  /** How mails leave, for the start-up log: "smtp", "development sink" or "off". */
  readonly kind: 'smtp' | 'development sink' | 'off';
  send(mail: OutgoingMail): Promise<void>;
}

export interface SentMail extends OutgoingMail {
  sentAt: string;
}

/** Keeps the last mails in memory (newest first) and logs them: development and tests without SMTP. */
export class MailSink implements Mailer {
  readonly kind = 'development sink' as const;
  private readonly mails: SentMail[] = [];

  constructor(
    private readonly log: Logger,
    private readonly keep = 100,
  ) {}

  async send(mail: OutgoingMail): Promise<void> {
    this.mails.unshift({ ...mail, sentAt: new Date().toISOString() });
    this.mails.length = Math.min(this.mails.length, this.keep);
    this.log.info({ to: mail.to, subject: mail.subject }, 'email (development sink: GET /dev/emails)');
  }

  latest(): readonly SentMail[] {
    return this.mails;
  }
}

function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    kind: 'smtp',
    async send(mail) {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: mail.unsubscribeUrl
          ? {
              'List-Unsubscribe': `<${mail.unsubscribeUrl}>`,
              'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
            }
          : {},
      });
    },
  };
}

const OFF: Mailer = { kind: 'off', send: async () => undefined };

export function mailerFor(
  settings: { smtpUrl: string | null; from: string },
  isProduction: boolean,
  log: Logger,
): Mailer {
  if (settings.smtpUrl) return smtpMailer(settings.smtpUrl, settings.from);
  return isProduction ? OFF : new MailSink(log);
}
