import { getRequestConfig } from 'next-intl/server';
import { messagesFor } from './messages';
import { isAppLocale, routing } from './routing';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = requested && isAppLocale(requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: messagesFor(locale),
    // West Kalimantan keeps Western Indonesian Time (WIB).
    timeZone: 'Asia/Pontianak',
  };
});
