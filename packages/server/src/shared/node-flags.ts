/**
 * The Node flags the API runs with (the production image, `pnpm start` and the benchmarks pass
 * them):
 * - V8 may otherwise grow the heap to ~450 MB under a steady 10-connection load at national size
 *   although the live data stays well under 100 MB; capping the old space at 256 MB keeps the
 *   process near 210 MB with the same throughput (measured on the offerings list, 2026-12-04).
 * - Every request leaves ~60–200 kB of short-lived objects, and collecting the young generation
 *   was 10–20 % of the API's CPU under load. A 64 MB semi-space (16 MB by default) collects it a
 *   quarter as often, with fewer survivors copied: 5–12 % less CPU per read, for ~85 MB more
 *   resident memory under load (213 → 300 MB; measured on the demo reads, 2026-12-05).
 */
export const API_NODE_FLAGS: readonly string[] = ['--max-old-space-size=256', '--max-semi-space-size=64'];
