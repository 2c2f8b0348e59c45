import Link from 'next/link';
import en from '../../messages/en.json';
import id from '../../messages/id.json';

/**
 * Reached only by addresses the locale proxy does not handle (e.g. a missing file), where no
 * language is known: says it in both.
 */
export default function GlobalNotFound() {
  return (
    <html lang="id">
      <body className="p-6">
        <main>
          <h1 className="text-xl font-semibold">{id.errors.notFoundTitle}</h1>
          <p lang="en" className="text-stone-600">
            {en.errors.notFoundTitle}
          </p>
          <p className="mt-4">
            <Link href="/">{id.errors.backHome}</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
