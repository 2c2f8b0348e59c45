import type { Knex } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { ProcessChannel, ProcessMessage } from '../../shared/pg-listener';

/** The part of a WebSocket the registry needs: closing it with a code and a reason. */
export interface ClosableSocket {
  close(code: number, reason: string): void;
}

/**
 * Close code for a socket whose session ended (signed out, expired, revoked): 4401, graphql-ws's
 * "Unauthorized". 4403 stays what it is in graphql-ws: refused when connecting.
 */
export const SESSION_ENDED_CLOSE_CODE = 4401;

export const SessionEndReason = {
  SIGNED_OUT: 'Signed out',
  EXPIRED: 'Session expired',
  REVOKED: 'Session revoked',
} as const;
export type SessionEndReason = (typeof SessionEndReason)[keyof typeof SessionEndReason];

/**
 * The open WebSockets of each session, so that ending a session also ends its live
 * subscriptions, whichever API process holds them (SharedSessionSockets).
 */
export interface SessionSockets {
  /** Registers a socket of a session; call the returned function when the socket closes. */
  add(sessionId: number, socket: ClosableSocket): () => void;
  /** Closes every socket of these sessions (code 4401 with the reason). */
  closeSessions(sessionIds: readonly number[], reason: SessionEndReason): void;
  /** Open sockets of a session (for tests and metrics). */
  count(sessionId: number): number;
}

/** The sockets of this process only: the local part of SharedSessionSockets, and a test double. */
export class InMemorySessionSockets implements SessionSockets {
  private readonly bySession = new Map<number, Set<ClosableSocket>>();

  add(sessionId: number, socket: ClosableSocket): () => void {
    let sockets = this.bySession.get(sessionId);
    if (!sockets) {
      sockets = new Set();
      this.bySession.set(sessionId, sockets);
    }
    sockets.add(socket);
    return () => {
      const current = this.bySession.get(sessionId);
      if (!current) return;
      current.delete(socket);
      if (current.size === 0) this.bySession.delete(sessionId);
    };
  }

  closeSessions(sessionIds: readonly number[], reason: SessionEndReason): void {
    for (const sessionId of sessionIds) {
      const sockets = this.bySession.get(sessionId);
      if (!sockets) continue;
      this.bySession.delete(sessionId);
      for (const socket of sockets) socket.close(SESSION_ENDED_CLOSE_CODE, reason);
    }
  }

  count(sessionId: number): number {
    return this.bySession.get(sessionId)?.size ?? 0;
  }

  /** The sessions that have a socket open here. */
  sessionIds(): number[] {
    return [...this.bySession.keys()];
  }
}

/** What a process tells the others when sessions end. */
interface SessionsEndedMessage extends ProcessMessage {
  type: 'sessions-ended';
  sessionIds: number[];
  reason: SessionEndReason;
}

/** Session ids per message: well under NOTIFY's 8000-byte payload limit. */
const SESSION_IDS_PER_MESSAGE = 500;

const REASONS = new Set<string>(Object.values(SessionEndReason));

/** Tries to announce ended sessions (1 s, then 2 s, … apart) before giving up. */
const ANNOUNCE_ATTEMPTS = 4;

/**
 * Sessions' sockets across every API process of the database: closeSessions closes this
 * process's sockets at once and tells every process (over PostgreSQL LISTEN/NOTIFY,
 * ProcessChannel) to close the ones it holds. Call it once the session's end is committed, so
 * that a process hearing of it already sees it in the database.
 *
 * A message sent while this process's listener was reconnecting (a database restart) would be
 * lost to it, leaving a revoked session's socket open: on reconnection, it closes the sockets of
 * every session it holds that was revoked meanwhile (one statement).
 */
export class SharedSessionSockets implements SessionSockets {
  private readonly local = new InMemorySessionSockets();

  constructor(
    private readonly channel: ProcessChannel,
    private readonly knex: Knex,
    private readonly log: Logger,
  ) {
    channel.on<SessionsEndedMessage>('sessions-ended', (message) => {
      if (!Array.isArray(message.sessionIds) || !REASONS.has(message.reason)) return;
      this.local.closeSessions(message.sessionIds.filter(Number.isSafeInteger), message.reason);
    });
    channel.onReconnect(() => void this.closeRevokedSessions());
  }

  add(sessionId: number, socket: ClosableSocket): () => void {
    return this.local.add(sessionId, socket);
  }

  closeSessions(sessionIds: readonly number[], reason: SessionEndReason): void {
    if (sessionIds.length === 0) return;
    this.local.closeSessions(sessionIds, reason);
    const messages: SessionsEndedMessage[] = [];
    for (let start = 0; start < sessionIds.length; start += SESSION_IDS_PER_MESSAGE) {
      const chunk = sessionIds.slice(start, start + SESSION_IDS_PER_MESSAGE);
      messages.push({ type: 'sessions-ended', sessionIds: chunk, reason });
    }
    void this.announce(messages, [...sessionIds]);
  }

  /** A revoked session must not keep a socket elsewhere: a failed announcement is tried again. */
  private async announce(messages: SessionsEndedMessage[], sessionIds: number[]): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.channel.send(messages);
        return;
      } catch (error) {
        if (attempt === ANNOUNCE_ATTEMPTS) {
          this.log.error(
            { err: error, sessionIds },
            'ended sessions could not be announced to other processes',
          );
          return;
        }
        this.log.warn({ err: error, attempt }, 'announcing ended sessions failed; trying again');
        await new Promise((resolve) => setTimeout(resolve, 1000 * attempt).unref());
      }
    }
  }

  count(sessionId: number): number {
    return this.local.count(sessionId);
  }

  private async closeRevokedSessions(): Promise<void> {
    const held = this.local.sessionIds();
    if (held.length === 0) return;
    try {
      const revoked: number[] = await this.knex('session')
        .whereIn('id', held)
        .whereNotNull('revoked_at')
        .pluck('id');
      this.local.closeSessions(revoked, SessionEndReason.REVOKED);
    } catch (error) {
      this.log.warn({ err: error }, 'sessions revoked during the reconnection could not be checked');
    }
  }
}
