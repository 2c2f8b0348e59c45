'use server';

import { hasLocale } from 'next-intl';
import { UnsubscribeEmailDocument } from '@/graphql/generated/graphql';
import { redirect } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { getClient } from '@/lib/apollo/server-client';

/** Turns off the kind of email of an unsubscribe link, then shows the outcome. */
export async function unsubscribeAction(form: FormData): Promise<void> {
  const localeValue = form.get('locale');
  const locale = hasLocale(routing.locales, localeValue) ? localeValue : routing.defaultLocale;
  const token = String(form.get('token') ?? '').slice(0, 200);
  let done: boolean;
  try {
    const { data } = await (
      await getClient()
    ).mutate({ mutation: UnsubscribeEmailDocument, variables: { input: { token } } });
    done = Boolean(data?.unsubscribeEmail.kind);
  } catch {
    done = false;
  }
  const query = new URLSearchParams({ token, ...(done ? { done: '1' } : { invalid: '1' }) });
  redirect({ href: `/unsubscribe?${query}`, locale });
}
