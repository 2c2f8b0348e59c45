import { getTranslations } from 'next-intl/server';
import { PartnerWorkspaceViewerDocument } from '@/graphql/generated/graphql';
import { queryApi } from '@/lib/apollo/server-client';
import { BUSINESS_UNIT_TYPES, COMMODITIES } from '@/lib/enum-values';
import { DOCUMENT_TYPES, PROGRAM_KINDS, QUANTITY_UNITS } from '@/lib/partner-options';
import type { ProgramFormOptions } from '@/features/program/partner-program-form';
import type { RequestFormOptions } from '@/features/request/partner-request-form';
import type { RegionOption } from '@/features/region/picker-levels';
import type { PartnerChoice } from '@/features/partner/partner-chooser';

export interface PartnerAccess {
  /** The partners the viewer is staff of, each once. */
  partners: PartnerChoice[];
  /** Admins may open any partner's workspace (the API lets them manage every partner). */
  isAdmin: boolean;
  /** The partners the viewer administers (their API tokens are the viewer's to manage). */
  adminPartnerIds: string[];
}

/** Who the viewer works for; null when the session has ended. */
export async function partnerAccess(): Promise<PartnerAccess | null> {
  const { viewer } = await queryApi({ query: PartnerWorkspaceViewerDocument });
  if (!viewer) return null;
  const partners = new Map<string, PartnerChoice>();
  const adminPartnerIds: string[] = [];
  for (const membership of viewer.memberships) {
    if (!membership.partner) continue;
    partners.set(membership.partner.id, membership.partner);
    if (membership.role === 'PARTNER_ADMIN') adminPartnerIds.push(membership.partner.id);
  }
  return { partners: [...partners.values()], isAdmin: viewer.roles.includes('ADMIN'), adminPartnerIds };
}

export function mayOpenPartner(access: PartnerAccess, partnerId: string): boolean {
  return access.isAdmin || access.partners.some((partner) => partner.id === partnerId);
}

/** The `?partner=` of the workspace's pages: a global ID, or nothing. */
export function chosenPartner(value: string | string[] | undefined): string | undefined {
  const first = (Array.isArray(value) ? value[0] : value)?.trim();
  return first && /^[A-Za-z0-9+/=_-]{1,200}$/.test(first) ? first : undefined;
}

/** The choices of the program form, labelled in the page's language. */
export async function programFormOptions(provinces: readonly RegionOption[]): Promise<ProgramFormOptions> {
  const enums = await getTranslations('enums');
  return {
    kinds: PROGRAM_KINDS.map((kind) => ({ value: kind, label: enums(`programKind.${kind}`) })),
    commodities: COMMODITIES.map((commodity) => ({
      value: commodity,
      label: enums(`commodity.${commodity}`),
    })),
    quantityUnits: QUANTITY_UNITS.map((unit) => ({ value: unit, label: enums(`quantityUnit.${unit}`) })),
    unitTypes: BUSINESS_UNIT_TYPES.map((type) => ({ value: type, label: enums(`unitType.${type}`) })),
    documents: DOCUMENT_TYPES.map((type) => ({ value: type, label: enums(`documentType.${type}`) })),
    provinces,
  };
}

/** The choices of the request form, labelled in the page's language. */
export async function requestFormOptions(provinces: readonly RegionOption[]): Promise<RequestFormOptions> {
  const enums = await getTranslations('enums');
  return {
    commodities: COMMODITIES.map((commodity) => ({
      value: commodity,
      label: enums(`commodity.${commodity}`),
    })),
    quantityUnits: QUANTITY_UNITS.map((unit) => ({ value: unit, label: enums(`quantityUnit.${unit}`) })),
    provinces,
  };
}
