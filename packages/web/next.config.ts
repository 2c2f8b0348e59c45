import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { SECURITY_HEADERS } from './src/lib/security-headers';

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts');

const nextConfig: NextConfig = {
  // NEXT_DIST_DIR lets a second build (another test run on the same checkout) leave .next alone.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  reactStrictMode: true,
  poweredByHeader: false,
  // server.mjs compresses every response (brotli or gzip); Next's own gzips static files only.
  compress: false,
  // The proxy (src/proxy.ts) holds a forwarded request body in memory, up to Next's default of
  // 10 MB, which covers document files. SIMKOPDES uploads, which run to hundreds of megabytes, are
  // streamed to the API by server.mjs instead and never reach it (except under `next dev`).
  // On every response, static files included; pages get their nonce policy from src/proxy.ts,
  // which replaces the Content-Security-Policy given here.
  async headers() {
    return [{ source: '/:path*', headers: [...SECURITY_HEADERS] }];
  },
  // The workspace root holds the lockfile; tell Turbopack so it does not guess.
  turbopack: { root: path.join(__dirname, '..', '..') },
};

export default withNextIntl(nextConfig);
