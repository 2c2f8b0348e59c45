import { LoadingSkeleton } from '@/components/ui/loading-skeleton';

/**
 * While the home page's figures load: a skeleton, announced politely. Each group of pages has a
 * boundary of its own rather than one for the whole locale, so that an unknown address ([...rest])
 * answers its 404 before any streaming starts.
 */
export default function Loading() {
  return <LoadingSkeleton shape="list" />;
}
