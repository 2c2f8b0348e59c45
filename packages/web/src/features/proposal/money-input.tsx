'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { parseMoneyInput } from '@/lib/decimal-input';
import { formatDecimal, formatIdr } from '@/lib/format';
import { InputField } from '@/components/ui/form-controls';

/**
 * An amount typed the way people write it ("1.500.000.000"); underneath, how it will be read
 * ("Rp1.500.000.000"), so a missing zero is seen before sending.
 */
export function MoneyInput({
  name,
  label,
  defaultValue,
  error,
  optional,
  asQuantity,
}: {
  name: string;
  label: string;
  defaultValue: string | null | undefined;
  error?: string;
  optional: boolean;
  asQuantity?: boolean;
}) {
  const t = useTranslations('proposal.form');
  const locale = useLocale();
  const initial = defaultValue ? formatDecimal(defaultValue, 'id') : '';
  const [value, setValue] = useState(initial);
  const parsed = parseMoneyInput(value);
  const reading =
    parsed.ok && parsed.value !== null
      ? t('readAs', { value: asQuantity ? formatDecimal(parsed.value, locale) : formatIdr(parsed.value) })
      : asQuantity
        ? t('quantityHint')
        : t('moneyHint');
  return (
    <InputField
      name={name}
      label={label}
      labelNote={optional ? t('optional') : undefined}
      inputMode="decimal"
      autoComplete="off"
      value={value}
      onChange={(event) => setValue(event.target.value)}
      hint={<span aria-live="polite">{reading}</span>}
      error={error}
    />
  );
}
