/**
 * The Node flags the API runs with (the production image, `pnpm start` and the benchmarks pass
 * them):
 * - V8 may otherwise grow the heap to ~450 MB under a steady 10-connection load at national size
 *   although the live data stays well under 100 MB; capping the old space at 256 MB keeps the
 *   process near 210 MB with the same throughput (measured on the offerings list, 2026-12-04).
 * - Every request leaves ~60–200 kB of short-lived objects, and collecting the young generation
 *   was 10–20 % of the API's CPU under load. A 32 MB semi-space (16 MB by default) collects it
 *   half as often: 3–5 % less CPU per read. 64 MB saved 5–12 % but took the process to 320 MB
 *   at national size under 10 connections, over its 300 MB budget (measured 2026-12-05).
 */
export const API_NODE_FLAGS: readonly string[] = ['--max-old-space-size=256', '--max-semi-space-size=32'];
