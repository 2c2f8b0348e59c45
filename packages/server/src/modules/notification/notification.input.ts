import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { ArrayMaxSize, ArrayMinSize } from 'class-validator';
import { MutationInput } from '../../graphql/payload';
import { ConnectionArgs } from '../../graphql/relay';
import { MAX_PAGE_SIZE } from '../../shared/paging';

@ArgsType()
export class NotificationsArgs extends ConnectionArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Only notifications you have not marked read.' })
  unreadOnly: boolean = false;
}

@InputType({ description: 'Notifications of yours to mark read.' })
export class MarkNotificationsReadInput extends MutationInput {
  @Field(() => [ID], {
    description: `Global IDs of your notifications (1–${MAX_PAGE_SIZE}); all or none are marked.`,
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PAGE_SIZE)
  ids!: string[];
}

@InputType({ description: 'Marks all your unread notifications read.' })
export class MarkAllNotificationsReadInput extends MutationInput {
  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description:
      'Only those made up to this moment (e.g. when you opened the list), so one that arrives meanwhile stays unread. Default: now.',
  })
  until?: Date | null;
}
