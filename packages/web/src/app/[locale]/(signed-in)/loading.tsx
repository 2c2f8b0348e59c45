import { LoadingSkeleton } from '@/components/ui/loading-skeleton';

/**
 * While a workspace page's data loads (after the layout has checked the session, so an anonymous
 * visitor gets a real redirect): a skeleton of a title and a list, announced politely.
 */
export default function Loading() {
  return <LoadingSkeleton shape="list" />;
}
