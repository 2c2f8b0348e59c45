/**
 * The Node flags the API runs with (the production image, `pnpm start` and the benchmarks pass
 * them): V8 may otherwise grow the heap to ~450 MB under a steady 10-connection load at national
 * size although the live data stays well under 100 MB; capping the old space at 256 MB keeps the
 * process near 210 MB with the same throughput (measured on the offerings list, 2026-12-04).
 */
export const API_NODE_FLAGS: readonly string[] = ['--max-old-space-size=256'];
