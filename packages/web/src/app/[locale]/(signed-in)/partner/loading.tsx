import { LoadingSkeleton } from '@/components/ui/loading-skeleton';

/** While the workspace loads: the shapes of its sections, announced politely. */
export default function PartnerLoading() {
  return <LoadingSkeleton shape="workspace" />;
}
