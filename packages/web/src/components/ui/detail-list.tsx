import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

export interface Detail {
  /** React key when labels repeat (two supervisors); the label otherwise. */
  id?: string;
  label: string;
  /** null/undefined/'' reads "not on record yet" rather than leaving a blank. */
  value: ReactNode;
}

/** Label–value pairs as a definition list: one column on a phone, two from tablet width. */
export function DetailList({ details }: { details: Detail[] }) {
  const t = useTranslations('common');
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-2">
      {details.map(({ id, label, value }) => (
        <div key={id ?? label} className="min-w-0">
          <dt className="text-sm text-stone-600">{label}</dt>
          <dd className="font-medium break-words text-stone-900">
            {value === null || value === undefined || value === '' ? (
              <span className="font-normal text-stone-500 italic">{t('notRecorded')}</span>
            ) : (
              value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
