import { render, type RenderResult } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import type { ReactElement } from 'react';
import { messagesFor } from '@/i18n/messages';
import type { AppLocale } from '@/i18n/routing';

/** Renders a component the way the app does: inside next-intl with the real message files. */
export function renderWithIntl(ui: ReactElement, locale: AppLocale = 'id'): RenderResult {
  return render(
    <NextIntlClientProvider locale={locale} messages={messagesFor(locale)} timeZone="Asia/Pontianak">
      {ui}
    </NextIntlClientProvider>,
  );
}
