import { LoadingSkeleton } from '../../components/loading-skeleton';

/** Shown while a page's data loads: a skeleton of a title and a list, announced politely. */
export default function Loading() {
  return <LoadingSkeleton shape="list" />;
}
