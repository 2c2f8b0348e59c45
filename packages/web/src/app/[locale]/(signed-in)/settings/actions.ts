'use server';

import { hasLocale } from 'next-intl';
import {
  EmailPreferencesDocument,
  SetEmailPreferenceDocument,
  type EmailKind,
} from '@/graphql/generated/graphql';
import { redirect } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { getClient } from '@/lib/apollo/server-client';

/**
 * Saves the email settings form (a form post: works without JavaScript): each kind whose box
 * changed is turned on or off, then the page shows the outcome.
 */
export async function saveEmailPreferencesAction(form: FormData): Promise<void> {
  const localeValue = form.get('locale');
  const locale = hasLocale(routing.locales, localeValue) ? localeValue : routing.defaultLocale;
  const wanted = new Set(form.getAll('enabled').map(String));
  let outcome = 'saved';
  try {
    const client = await getClient();
    const { data } = await client.query({ query: EmailPreferencesDocument, fetchPolicy: 'no-cache' });
    for (const preference of data?.emailPreferences ?? []) {
      const enabled = wanted.has(preference.kind);
      if (enabled === preference.enabled) continue;
      const result = await client.mutate({
        mutation: SetEmailPreferenceDocument,
        variables: { input: { kind: preference.kind as EmailKind, enabled } },
      });
      if ((result.data?.setEmailPreference.userErrors.length ?? 1) > 0) outcome = 'failed';
    }
  } catch {
    outcome = 'failed';
  }
  redirect({ href: `/settings?email=${outcome}`, locale });
}
