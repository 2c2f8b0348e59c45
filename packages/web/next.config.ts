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
  experimental: {
    // The proxy holds a forwarded request body in memory and cuts it at this size (10 MB by
    // default): SIMKOPDES exports of a province run to tens of megabytes. A national export is
    // larger still: send that one to the API's own address.
    proxyClientMaxBodySize: '100mb',
  },
  // On every response, static files included; pages get their nonce policy from src/proxy.ts,
  // which replaces the Content-Security-Policy given here.
  async headers() {
    return [{ source: '/:path*', headers: [...SECURITY_HEADERS] }];
  },
  // The workspace root holds the lockfile; tell Turbopack so it does not guess.
  turbopack: { root: path.join(__dirname, '..', '..') },
};

export default withNextIntl(nextConfig);
