import type { MessageKeys, NestedKeyOf } from 'next-intl';
import type { Messages } from '@/i18n/messages';
import type { SignedInViewer } from '@/lib/session';

type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;
/** A translator of full message keys (`getTranslations()` without a namespace). */
type Translate = (key: MessageKey) => string;

export interface WorkspaceLink {
  key: string;
  href: string;
  label: string;
}

/** What deciding a viewer's workspaces reads: the header's viewer and the one signIn answers with. */
export interface WorkspaceViewer {
  roles: SignedInViewer['roles'];
  memberships: ReadonlyArray<{
    role: SignedInViewer['memberships'][number]['role'];
    cooperative?: { id: string } | null;
    partner?: { id: string } | null;
  }>;
}

interface WorkspaceEntry {
  key: string;
  href: string;
  /** Whether this viewer has this workspace. */
  isFor: (viewer: WorkspaceViewer) => boolean;
  /** Its label: a key in the owning feature's messages. */
  labelKey: MessageKey;
}

const hasRole = (viewer: WorkspaceViewer, ...roles: SignedInViewer['roles']) =>
  viewer.roles.some((role) => roles.includes(role));

/**
 * The signed-in navigation: one entry per workspace, shown to the viewers it is for. Add a
 * workspace by adding an entry here (the header renders whatever applies, in this order).
 */
export const WORKSPACE_ENTRIES: readonly WorkspaceEntry[] = [
  {
    key: 'proposals',
    href: '/proposals',
    isFor: (viewer) => hasRole(viewer, 'COOPERATIVE', 'PARTNER', 'MENTOR'),
    labelKey: 'workspace.nav.proposals',
  },
  {
    key: 'cooperative',
    href: '/cooperative',
    isFor: (viewer) => viewer.memberships.some((membership) => membership.cooperative),
    labelKey: 'workspace.nav.cooperative',
  },
  {
    key: 'partner',
    href: '/partner',
    isFor: (viewer) => viewer.memberships.some((membership) => membership.partner),
    labelKey: 'partnerWorkspace.navLabel',
  },
  {
    key: 'mentor',
    href: '/mentor',
    // By membership, not role: admins hold every role but have no caseload.
    isFor: (viewer) => viewer.memberships.some((membership) => membership.role === 'MENTOR'),
    labelKey: 'mentorWorkspace.navLabel',
  },
  {
    key: 'dinas',
    href: '/dinas',
    isFor: (viewer) =>
      viewer.roles.includes('ADMIN') || viewer.memberships.some((membership) => membership.role === 'DINAS'),
    labelKey: 'dinas.navLabel',
  },
  {
    key: 'saved-searches',
    href: '/saved-searches',
    isFor: () => true,
    labelKey: 'workspace.nav.savedSearches',
  },
  {
    key: 'settings',
    href: '/settings',
    isFor: () => true,
    labelKey: 'workspace.nav.settings',
  },
];

/** The workspace links of a viewer, labelled; empty for anonymous visitors. */
export function workspaceLinksFor(viewer: SignedInViewer | null, t: Translate): WorkspaceLink[] {
  if (!viewer) return [];
  return WORKSPACE_ENTRIES.filter((entry) => entry.isFor(viewer)).map((entry) => ({
    key: entry.key,
    href: entry.href,
    label: t(entry.labelKey),
  }));
}

/**
 * The workspaces a viewer lands in after signing in, in this order of preference: the day's work
 * of a cooperative's officer, a partner's staff, a mentor, the Dinas. A viewer with several lands
 * in the first and switches with the header's workspace row.
 */
const HOME_WORKSPACES = ['cooperative', 'partner', 'mentor', 'dinas'] as const;

/** Where a viewer lands after signing in without a page to return to: their workspace, or home. */
export function homeWorkspaceOf(viewer: WorkspaceViewer): string {
  for (const key of HOME_WORKSPACES) {
    const entry = WORKSPACE_ENTRIES.find((candidate) => candidate.key === key)!;
    if (entry.isFor(viewer)) return entry.href;
  }
  return '/';
}
