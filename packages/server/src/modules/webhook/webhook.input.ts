import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsOptional, Length, MaxLength } from 'class-validator';
import { MutationInput } from '../../graphql/payload';
import { WebhookEventType } from './webhook.entity';

@InputType({ description: 'A new webhook endpoint for a partner.' })
export class CreateWebhookEndpointInput extends MutationInput {
  @Field(() => ID, { description: 'The partner it serves; you must be its admin.' })
  partnerId!: string;

  @Field(() => String, { description: 'An https:// URL on the public internet.' })
  @Length(1, 2000)
  url!: string;

  @Field(() => String, { defaultValue: '', description: 'What it is for, e.g. "Loan origination system".' })
  @MaxLength(200)
  description!: string;

  @Field(() => [WebhookEventType], { description: 'The events to send it (at least one).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  eventTypes!: WebhookEventType[];
}

@InputType({ description: 'Changes to a webhook endpoint; omitted fields stay as they are.' })
export class UpdateWebhookEndpointInput extends MutationInput {
  @Field(() => ID, { description: 'The endpoint.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'A new URL.' })
  @IsOptional()
  @Length(1, 2000)
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'A new description.' })
  @IsOptional()
  @MaxLength(200)
  description?: string | null;

  @Field(() => [WebhookEventType], { nullable: true, description: 'The events to send it from now on.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  eventTypes?: WebhookEventType[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'false disables it; true enables a disabled endpoint again (its failure record starts afresh).',
  })
  @IsOptional()
  enabled?: boolean | null;
}

@InputType({ description: 'A webhook endpoint to delete, with its delivery log.' })
export class DeleteWebhookEndpointInput extends MutationInput {
  @Field(() => ID, { description: 'The endpoint.' })
  id!: string;
}

@InputType({ description: 'A delivery to send again.' })
export class ReplayWebhookDeliveryInput extends MutationInput {
  @Field(() => ID, { description: 'The delivery (FAILED, or DELIVERED to send it once more).' })
  id!: string;
}
