import type { ReactNode } from 'react';
import { WorkspaceMessages } from '@/components/layout/workspace-messages';

/** The partner workspace's forms are client components: they need their texts in the browser. */
export default function PartnerWorkspaceLayout({ children }: { children: ReactNode }) {
  return (
    <WorkspaceMessages namespaces={['partnerWorkspace', 'roleWorkspaces', 'proposal', 'workspace']}>
      {children}
    </WorkspaceMessages>
  );
}
