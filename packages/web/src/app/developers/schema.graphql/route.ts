import { SCHEMA_SDL } from '@/features/developers/schema-reference';

/** The API's schema (SDL) as the build knew it, for partners' code generators. */
export function GET(): Response {
  return new Response(SCHEMA_SDL, {
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'content-disposition': 'inline; filename="mitradesa.graphql"',
      'cache-control': 'public, max-age=3600',
    },
  });
}

export const dynamic = 'force-static';
