import { useLocale, useTranslations } from 'next-intl';
import type { ProposalActor } from '@/graphql/generated/graphql';
import { formatDateTime } from '@/lib/format';

export interface ThreadMessage {
  authorRole: ProposalActor;
  body: string;
  sentAt: string;
  authorName: string | null;
}

/** The proposal's thread, oldest first; each message says who wrote it, in what capacity, when. */
export function MessageThread({ messages }: { messages: readonly ThreadMessage[] }) {
  const t = useTranslations('proposal.messages');
  const actors = useTranslations('proposal.enums.actor');
  const locale = useLocale();
  if (messages.length === 0) return <p className="text-stone-600">{t('empty')}</p>;
  return (
    <ol className="space-y-3" aria-label={t('title')}>
      {messages.map((message, index) => (
        <li
          key={`${message.sentAt}-${index}`}
          className={`rounded-lg border p-3 ${message.authorRole === 'PARTNER' ? 'border-sky-200 bg-sky-50' : 'border-stone-200 bg-white'}`}
        >
          <p className="text-sm">
            <span className="font-semibold">{message.authorName ?? t('unknownAuthor')}</span>{' '}
            <span className="text-stone-600">
              ({actors(message.authorRole)}) · {formatDateTime(message.sentAt, locale)}
            </span>
          </p>
          <p className="mt-1 whitespace-pre-line break-words text-stone-900">{message.body}</p>
        </li>
      ))}
    </ol>
  );
}
