import en from '../../messages/en.json';
import id from '../../messages/id.json';
import type { AppLocale } from './routing';

export type Messages = typeof id;

type MessageTree = { [key: string]: string | MessageTree };

/** `over` wins; keys it lacks come from `under`, at any depth. */
export function deepMerge(under: MessageTree, over: MessageTree): MessageTree {
  const merged: MessageTree = { ...under };
  for (const [key, value] of Object.entries(over)) {
    const base = merged[key];
    merged[key] = typeof value === 'object' && typeof base === 'object' ? deepMerge(base, value) : value;
  }
  return merged;
}

/**
 * next-intl has no fallback locale: a key missing in one file would show as its raw path. Each
 * locale's messages are laid over the other's, so a missing translation shows the other language
 * instead (a jest spec keeps the two files' keys identical, so this is only a safety net).
 */
export function messagesFor(locale: AppLocale): Messages {
  const [primary, fallback] = locale === 'en' ? [en, id] : [id, en];
  return deepMerge(fallback, primary) as Messages;
}
