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
 * subscriptions. One process keeps its own sockets; with several processes, an implementation
 * of this interface would also tell the others (e.g. over PostgreSQL LISTEN/NOTIFY, like the
 * notification bus), each closing the sockets it holds.
 */
export interface SessionSockets {
  /** Registers a socket of a session; call the returned function when the socket closes. */
  add(sessionId: number, socket: ClosableSocket): () => void;
  /** Closes every socket of these sessions (code 4401 with the reason). */
  closeSessions(sessionIds: readonly number[], reason: SessionEndReason): void;
  /** Open sockets of a session (for tests and metrics). */
  count(sessionId: number): number;
}

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
}
