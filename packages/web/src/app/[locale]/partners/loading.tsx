import { LoadingSkeleton } from '@/components/ui/loading-skeleton';

/**
 * While a page's data loads: a skeleton of a title and a list, announced politely. Not one
 * boundary for the whole locale, so that an unknown address ([...rest]) answers a real 404.
 */
export default function Loading() {
  return <LoadingSkeleton shape="list" />;
}
