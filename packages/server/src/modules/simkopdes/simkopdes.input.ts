import { Field, ID, InputType } from 'type-graphql';
import { MutationInput } from '../../graphql/payload';
import { SimkopdesConflictResolution } from './simkopdes.entity';

@InputType({ description: 'An import run to act on.' })
export class SimkopdesImportInput extends MutationInput {
  @Field(() => ID, { description: 'The run (a SimkopdesImport global ID).' })
  importId!: string;
}

@InputType({ description: 'A conflict and the side to keep.' })
export class ResolveSimkopdesConflictInput extends MutationInput {
  @Field(() => ID, { description: 'The conflict (a SimkopdesConflict global ID).' })
  conflictId!: string;

  @Field(() => SimkopdesConflictResolution, { description: "Keep MitraDesa's value or take SIMKOPDES's." })
  resolution!: SimkopdesConflictResolution;
}
