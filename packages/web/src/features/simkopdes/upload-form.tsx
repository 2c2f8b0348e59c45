'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState, type FormEvent } from 'react';
import { BUTTON_CLASSES, InputField } from '@/components/ui/form-controls';
import { useRouter } from '@/i18n/navigation';
import {
  checkSimkopdesFiles,
  SIMKOPDES_ACCEPT,
  uploadSimkopdesFiles,
  type SimkopdesUploadProblem,
} from './simkopdes-upload';

/**
 * Uploads SIMKOPDES exports (one workbook or several CSV files) and opens the new run, whose
 * page follows the check as the job makes it.
 */
export function SimkopdesUploadForm() {
  const t = useTranslations('simkopdes.upload');
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ code: SimkopdesUploadProblem; detail?: string } | null>(null);
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem('file') as HTMLInputElement;
    const files = Array.from(input.files ?? []);
    const refused = checkSimkopdesFiles(files);
    setDone(false);
    if (refused) {
      setProblem({ code: refused });
      input.focus();
      return;
    }
    setProblem(null);
    setBusy(true);
    const result = await uploadSimkopdesFiles(files);
    setBusy(false);
    if (!result.ok) {
      setProblem({ code: result.problem, detail: result.detail });
      input.focus();
      return;
    }
    setDone(true);
    formRef.current?.reset();
    router.push(`/dinas/simkopdes/${encodeURIComponent(result.importId)}`);
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-3">
      <InputField
        name="file"
        type="file"
        multiple
        accept={SIMKOPDES_ACCEPT}
        label={t('label')}
        hint={t('hint')}
        error={problem ? t(`problems.${problem.code}`, { detail: problem.detail ?? '' }) : undefined}
      />
      <button type="submit" disabled={busy} className={BUTTON_CLASSES.primary}>
        {busy ? t('uploading') : t('submit')}
      </button>
      <p role="status" className={done ? 'text-sm text-emerald-800' : 'sr-only'}>
        {done ? t('uploaded') : ''}
      </p>
    </form>
  );
}
