import { registerEnumType } from 'type-graphql';
import { DocumentType } from './document-type';

registerEnumType(DocumentType, {
  name: 'DocumentType',
  description: 'Kinds of document a cooperative holds and a program may require.',
  valuesConfig: {
    NOTARIAL_DEED: { description: 'Notarial deed of establishment (akta pendirian).' },
    SK_AHU: { description: 'Legal-entity decree of the Ministry of Law (SK AHU).' },
    NIK_CERTIFICATE: { description: 'Cooperative registration number certificate (NIK koperasi).' },
    NIB: { description: 'Business licence number (Nomor Induk Berusaha).' },
    NPWP: { description: 'Tax number (NPWP).' },
    BANK_ACCOUNT: { description: "Bank account in the cooperative's name." },
    OFFICER_IDS: { description: "Officers' identity cards (KTP)." },
    VILLAGE_DELIBERATION_MINUTES: { description: 'Minutes of the village deliberation (musyawarah desa).' },
    VILLAGE_HEAD_APPROVAL: { description: 'Approval of the village head (for a KDMP).' },
    REGENT_APPROVAL: { description: 'Approval of the regent or mayor (for a KKMP).' },
    BUSINESS_PROPOSAL: { description: 'Business proposal: budget, disbursement stages, repayment plan.' },
    ANNUAL_MEETING_REPORT: { description: 'Report of the annual members meeting (RAT).' },
    FINANCIAL_REPORT: { description: 'Financial report.' },
    LAND_PROOF: { description: 'Proof of land use or ownership.' },
    UNIT_PHOTO: { description: 'Photo of a business unit.' },
    OTHER: { description: 'Any other document.' },
  },
});

export { DocumentType };
