'use server';

import { DeleteSavedSearchDocument, SaveSearchDocument } from '@/graphql/generated/graphql';
import { hasLocale } from 'next-intl';
import { redirect } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { getClient } from '@/lib/apollo/server-client';
import { parseSearchPage, searchPageQuery, searchVariables } from '@/features/search/search-page';
import { toQueryString } from '@/lib/search-params';

function localeOf(form: FormData) {
  const locale = form.get('locale');
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
}

function text(form: FormData, key: string): string | undefined {
  const value = form.get(key);
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/**
 * Saves the search shown on /search for the signed-in viewer (a form post: works without
 * JavaScript), then shows the same results again with the outcome.
 */
export async function saveSearchAction(form: FormData): Promise<void> {
  const locale = localeOf(form);
  const state = parseSearchPage({
    q: text(form, 'q'),
    type: text(form, 'type'),
    region: text(form, 'region'),
    commodity: text(form, 'commodity'),
  });
  const { types, filter } = searchVariables(state);
  let outcome: Record<string, string>;
  try {
    const { data } = await (
      await getClient()
    ).mutate({
      mutation: SaveSearchDocument,
      variables: {
        input: { name: (text(form, 'name') ?? state.q).slice(0, 80), q: state.q, types, filter },
      },
    });
    const errors = data?.saveSearch?.userErrors ?? [];
    outcome = errors.length === 0 ? { saved: '1' } : { saveError: errors[0].message };
  } catch {
    outcome = { saveError: 'UNAVAILABLE' };
  }
  const query = { ...searchPageQuery(state), ...outcome };
  redirect({ href: `/search${toQueryString(query)}`, locale });
}

/** Deletes one of the viewer's saved searches, then shows the list again. */
export async function deleteSavedSearchAction(form: FormData): Promise<void> {
  const locale = localeOf(form);
  const id = text(form, 'id');
  if (id) {
    await (await getClient()).mutate({ mutation: DeleteSavedSearchDocument, variables: { input: { id } } });
  }
  redirect({ href: '/saved-searches?deleted=1', locale });
}
