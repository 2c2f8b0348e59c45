import { LoadingSkeleton } from '@/components/ui/loading-skeleton';

/** While the dashboard loads: the shapes of its figures and its chart, announced politely. */
export default function DinasLoading() {
  return <LoadingSkeleton shape="workspace" />;
}
