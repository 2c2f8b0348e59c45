import {
  Arg,
  Args,
  Ctx,
  Field,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { AuthenticationError } from 'type-graphql';
import type { Context } from '../../request-context';
import { Allow } from '../../graphql/access';
import { mutate } from '../../graphql/payload';
import { ConnectionType } from '../../graphql/relay';
import { decodeIdOf } from '../../shared/global-id';
import { UserError } from '../../graphql/user-error';
import type { NotificationRow } from './notification.bus';
import {
  MarkAllNotificationsReadInput,
  MarkNotificationsReadInput,
  NotificationsArgs,
} from './notification.input';
import { listNotifications, notificationById, unreadNotificationCount } from './notification.reads';
import * as notifications from './notification.service';
import { Notification } from './notification.type';

export const NotificationConnection = ConnectionType(Notification, 'Notification', 'notification');

@ObjectType({ simpleResolvers: true, description: 'Result of markNotificationsRead.' })
class MarkNotificationsReadPayload {
  @Field(() => [Notification], {
    nullable: true,
    description: 'The notifications, now read; null when refused.',
  })
  notifications!: Notification[] | null;

  @Field(() => Int, { description: 'How many of your notifications are still unread.' })
  unreadNotificationCount!: number;

  @Field(() => [UserError], { description: 'Why it was refused; empty when it succeeded.' })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of markAllNotificationsRead.' })
class MarkAllNotificationsReadPayload {
  @Field(() => Int, { nullable: true, description: 'How many notifications this marked read.' })
  markedCount!: number | null;

  @Field(() => Int, { description: 'How many of your notifications are still unread.' })
  unreadNotificationCount!: number;

  @Field(() => [UserError], { description: 'Why it was refused; empty when it succeeded.' })
  userErrors!: UserError[];
}

@Resolver(() => Notification)
export class NotificationResolver {
  @Allow()
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  notifications(@Ctx() ctx: Context, @Args(() => NotificationsArgs) args: NotificationsArgs) {
    const { unreadOnly, ...page } = args;
    return listNotifications(ctx, page, unreadOnly);
  }

  @Allow()
  @Query(() => Int, { description: 'How many of your notifications are unread (the bell badge).' })
  unreadNotificationCount(@Ctx() ctx: Context) {
    return unreadNotificationCount(ctx);
  }

  @Allow()
  @Mutation(() => MarkNotificationsReadPayload, {
    description:
      'Marks notifications of yours read. Only the recipient may: if any ID is not a notification of yours, nothing changes and the payload has NOT_FOUND.',
  })
  async markNotificationsRead(
    @Ctx() ctx: Context,
    @Arg('input', () => MarkNotificationsReadInput, { description: 'The notifications.' })
    input: MarkNotificationsReadInput,
  ) {
    const result = await mutate(input, async () => {
      const ids = await notifications.markNotificationsRead(
        ctx,
        input.ids.map((id) => decodeIdOf('Notification', id)),
      );
      ctx.loaders.clear();
      const read = await Promise.all(ids.map((id) => notificationById(ctx, id)));
      return { notifications: read.filter((notification) => notification !== null) };
    });
    return { notifications: null, ...result, unreadNotificationCount: await unreadNotificationCount(ctx) };
  }

  @Allow()
  @Mutation(() => MarkAllNotificationsReadPayload, {
    description: 'Marks all your unread notifications read.',
  })
  async markAllNotificationsRead(
    @Ctx() ctx: Context,
    @Arg('input', () => MarkAllNotificationsReadInput, { description: 'Up to when.' })
    input: MarkAllNotificationsReadInput,
  ) {
    const result = await mutate(input, async () => ({
      markedCount: await notifications.markAllNotificationsRead(ctx, input.until ?? null),
    }));
    return { markedCount: null, ...result, unreadNotificationCount: await unreadNotificationCount(ctx) };
  }

  @Allow()
  @Subscription(() => Notification, {
    description:
      'Your new notifications as they are made (GraphQL over WebSocket, graphql-ws protocol, on /graphql). Signed-in users only.',
    subscribe: ({ context }: { context: Context }) => {
      if (!context.viewer) throw new AuthenticationError('Sign in to receive notifications.');
      return context.services.notificationBus.subscribe(context.viewer.userId);
    },
  })
  notificationAdded(@Root() row: NotificationRow): Notification {
    return Notification.fromRow(row);
  }
}
