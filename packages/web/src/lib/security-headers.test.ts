/** @jest-environment node */
import { createNonce, pageContentSecurityPolicy, SECURITY_HEADERS } from './security-headers';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split('; ').map((directive) => {
      const [name, ...sources] = directive.split(' ');
      return [name!, sources];
    }),
  );
}

describe('createNonce', () => {
  it('gives 128 random bits in base64, different every time', () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});

describe('pageContentSecurityPolicy', () => {
  it('runs only scripts with the nonce and allows no inline script, plugin or framing', () => {
    const policy = directives(
      pageContentSecurityPolicy({ nonce: 'abc=', host: 'mitradesa.id', development: false }),
    );
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc='", "'strict-dynamic'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'nonce-abc='"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'", 'ws://mitradesa.id', 'wss://mitradesa.id']);
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
  });

  it('adds eval and inline styles in development only', () => {
    const policy = directives(
      pageContentSecurityPolicy({ nonce: 'n', host: 'localhost:3000', development: true }),
    );
    expect(policy.get('script-src')).toContain("'unsafe-eval'");
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it.each(['evil.id; script-src *', 'a b', "x'y", '', 'host:port:1', null])(
    'names no WebSocket host for a Host header unfit for a policy: %p',
    (host) => {
      const policy = pageContentSecurityPolicy({ nonce: 'n', host, development: false });
      expect(directives(policy).get('connect-src')).toEqual(["'self'"]);
      expect(policy.split('; ')).toHaveLength(11);
    },
  );

  it('accepts an IPv6 host with a port', () => {
    const policy = directives(
      pageContentSecurityPolicy({ nonce: 'n', host: '[::1]:3000', development: false }),
    );
    expect(policy.get('connect-src')).toEqual(["'self'", 'ws://[::1]:3000', 'wss://[::1]:3000']);
  });
});

describe('SECURITY_HEADERS', () => {
  it('has one value per header name', () => {
    const names = SECURITY_HEADERS.map(({ key }) => key.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining([
        'content-security-policy',
        'strict-transport-security',
        'x-frame-options',
        'x-content-type-options',
        'referrer-policy',
        'permissions-policy',
      ]),
    );
  });
});
