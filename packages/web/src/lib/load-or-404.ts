import { notFound } from 'next/navigation';
import { isNotFoundError } from '@/lib/apollo/server-client';

/**
 * Loads a detail page's record: a record that does not exist (null) or an ID the API rejects
 * shows the 404 page; any other failure goes to the error page.
 */
export async function loadOr404<T>(load: () => Promise<T | null | undefined>): Promise<T> {
  let record: T | null | undefined;
  try {
    record = await load();
  } catch (error) {
    if (isNotFoundError(error)) notFound();
    throw error;
  }
  if (record === null || record === undefined) notFound();
  return record;
}
