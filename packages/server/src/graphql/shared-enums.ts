import { registerEnumType } from 'type-graphql';
import { VerificationLevel } from '../shared/verification';

registerEnumType(VerificationLevel, {
  name: 'VerificationLevel',
  description: "How far a record's claims have been checked, weakest first.",
  valuesConfig: {
    UNVERIFIED: { description: 'Nothing checked yet.' },
    SELF_DECLARED: { description: 'Entered and confirmed by the organisation itself.' },
    MENTOR_ATTESTED: { description: 'A mentor has seen it in the field.' },
    DOCUMENTS_VERIFIED: { description: 'Supporting documents were checked.' },
    GOVERNMENT_VERIFIED: {
      description: 'Confirmed by the cooperative office (Dinas) or a ministry register.',
    },
  },
});

export { VerificationLevel };
