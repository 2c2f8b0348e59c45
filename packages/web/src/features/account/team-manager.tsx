'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { ChoiceField, FormAlert, InputField } from '@/components/ui/form-controls';
import { AskFirstStep, PRIMARY_STEP_BUTTON, STEP_BUTTON } from '@/components/ui/final-step';
import { Badge } from '@/components/ui/badge';
import {
  CancelTeamInvitationDocument,
  ChangeTeamMemberRoleDocument,
  InviteTeamMemberDocument,
  RemoveTeamMemberDocument,
  ResendTeamInvitationDocument,
  type MembershipRole,
  type TeamErrorCode,
  type TeamQuery,
} from '@/graphql/generated/graphql';
import { useRouter } from '@/i18n/navigation';
import { formatDate, formatDateTime, type NumberLocale } from '@/lib/format';
import { SecretShownOnce } from './secret-shown-once';

type Team = NonNullable<TeamQuery['team']>;

/** The refusals the team's texts explain; any other reads as "failed". */
const EXPLAINED = [
  'DUPLICATE',
  'INVALID',
  'LAST_ADMIN',
  'INVALID_TRANSITION',
  'NOT_FOUND',
  'INVITEE_DEACTIVATED',
] as const;
type ExplainedCode = (typeof EXPLAINED)[number];

/** What went wrong, in the interface's words: an explained refusal, or anything else. */
type Problem = { code: ExplainedCode | 'FAILED' };

function problemOf(errors: readonly { code: TeamErrorCode }[]): Problem {
  const code = errors[0]?.code;
  return { code: EXPLAINED.find((explained) => explained === code) ?? 'FAILED' };
}

/** A link just made for an invitee: mailed to them, or to pass on by hand. */
interface IssuedLink {
  email: string;
  url: string;
  isMailed: boolean;
}

/**
 * An organisation's people. Everyone in it sees the members; its admins (a cooperative's ketua, a
 * partner's admins) also invite by email with a role (the link is mailed, and shown once here to
 * pass on by WhatsApp too), resend or cancel invitations, change roles, remove members, and read
 * the record of changes. After a change the page is rendered again from the server.
 */
export function TeamManager({ team, locale }: { team: Team; locale: NumberLocale }) {
  const t = useTranslations('team');
  const router = useRouter();
  const [invite, { loading: inviting }] = useMutation(InviteTeamMemberDocument);
  const [resend, { loading: resending }] = useMutation(ResendTeamInvitationDocument);
  const [cancel, { loading: cancelling }] = useMutation(CancelTeamInvitationDocument);
  const [changeRole, { loading: changing }] = useMutation(ChangeTeamMemberRoleDocument);
  const [remove, { loading: removing }] = useMutation(RemoveTeamMemberDocument);
  const [issued, setIssued] = useState<IssuedLink | null>(null);
  const [inviteProblem, setInviteProblem] = useState<Problem | 'email' | null>(null);
  /** A problem of one member's or invitation's action, shown beside it. */
  const [rowProblem, setRowProblem] = useState<{ id: string; problem: Problem } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const manages = team.isManagedByViewer;
  const roleOptions = team.roles.map((role) => ({ value: role, label: t(`roles.${role}`) }));
  // New people usually join in the least powerful role: the last one listed.
  const defaultRole = team.roles[team.roles.length - 1];

  async function onInvite(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const email = String(form.get('email') ?? '').trim();
    const name = String(form.get('name') ?? '').trim();
    setInviteProblem(null);
    setIssued(null);
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      setInviteProblem('email');
      return;
    }
    try {
      const { data } = await invite({
        variables: {
          input: {
            organisationId: team.organisationId,
            email,
            name: name || null,
            role: String(form.get('role')) as MembershipRole,
          },
        },
      });
      const result = data?.inviteTeamMember;
      if (!result?.invitationUrl) {
        const refusal = problemOf(result?.errors ?? []);
        setInviteProblem(
          result?.errors[0]?.field?.at(-1) === 'email' && refusal.code === 'INVALID' ? 'email' : refusal,
        );
        return;
      }
      formElement.reset();
      setIssued({ email: email.toLowerCase(), url: result.invitationUrl, isMailed: result.isMailed });
      router.refresh();
    } catch {
      setInviteProblem({ code: 'FAILED' });
    }
  }

  /** Runs one row's action; its refusal is shown on that row. */
  async function act(id: string, run: () => Promise<readonly { code: TeamErrorCode }[] | null>) {
    setRowProblem(null);
    try {
      const errors = await run();
      if (errors && errors.length > 0) {
        setRowProblem({ id, problem: problemOf(errors) });
        return;
      }
      setConfirming(null);
      router.refresh();
    } catch {
      setRowProblem({ id, problem: { code: 'FAILED' } });
    }
  }

  async function onResend(id: string, email: string) {
    setIssued(null);
    await act(id, async () => {
      const { data } = await resend({ variables: { input: { id } } });
      const result = data?.resendTeamInvitation;
      if (result?.invitationUrl) setIssued({ email, url: result.invitationUrl, isMailed: result.isMailed });
      return result?.errors ?? null;
    });
  }

  const problemText = (problem: Problem) =>
    problem.code === 'LAST_ADMIN'
      ? t('problems.LAST_ADMIN', { role: t(`roles.${team.adminRole}`) })
      : t(`problems.${problem.code}`);
  const rowAlert = (id: string) =>
    rowProblem?.id === id ? (
      <FormAlert id={`team-problem-${id}`}>{problemText(rowProblem.problem)}</FormAlert>
    ) : null;

  return (
    <div className="space-y-8">
      {manages ? (
        <form
          onSubmit={onInvite}
          aria-labelledby="invite-title"
          className="space-y-4 rounded-lg border border-stone-200 bg-white p-4"
          noValidate
        >
          <h2 id="invite-title" className="text-lg font-semibold">
            {t('inviteTitle')}
          </h2>
          <p className="text-sm text-stone-700">{t('inviteLead')}</p>
          {inviteProblem && inviteProblem !== 'email' ? (
            <FormAlert id="invite-problem">{problemText(inviteProblem)}</FormAlert>
          ) : null}
          <InputField
            name="email"
            type="email"
            inputMode="email"
            autoComplete="off"
            label={t('email')}
            maxLength={254}
            error={inviteProblem === 'email' ? t('emailInvalid') : undefined}
          />
          <InputField name="name" label={t('name')} labelNote={t('optional')} maxLength={120} />
          <ChoiceField name="role" label={t('role')} defaultValue={defaultRole} options={roleOptions} />
          <button type="submit" className={PRIMARY_STEP_BUTTON} disabled={inviting}>
            {inviting ? t('inviting') : t('invite')}
          </button>
        </form>
      ) : null}

      {issued ? (
        <SecretShownOnce
          key={issued.url}
          title={
            issued.isMailed
              ? t('linkMailed', { email: issued.email })
              : t('linkNotMailed', { email: issued.email })
          }
          body={t('linkOnce')}
          secret={issued.url}
          testId="invitation-link"
          copyLabel={t('copyLink')}
          copiedLabel={t('copied')}
        />
      ) : null}

      <section aria-labelledby="members-title">
        <h2 id="members-title" className="mb-3 text-lg font-semibold">
          {t('membersTitle', { count: team.members.length })}
        </h2>
        <ul className="space-y-3">
          {team.members.map((member) => (
            <li key={member.id}>
              <article
                aria-labelledby={`member-${member.id}`}
                className="space-y-2 rounded-lg border border-stone-200 bg-white p-4"
              >
                <div className="flex flex-wrap items-center gap-2">
                  <h3 id={`member-${member.id}`} className="font-semibold break-words">
                    {member.name}
                  </h3>
                  <Badge tone={member.role === team.adminRole ? 'brand' : 'neutral'}>
                    {t(`roles.${member.role}`)}
                  </Badge>
                  {member.isViewer ? <Badge tone="neutral">{t('you')}</Badge> : null}
                </div>
                <p className="text-sm break-all text-stone-700">
                  {member.email} · {t('since', { date: formatDate(member.memberSince, locale) })}
                </p>
                {rowAlert(member.id)}
                {manages ? (
                  <div className="flex flex-wrap items-end gap-3">
                    <form
                      className="flex flex-wrap items-end gap-2"
                      onSubmit={(event) => {
                        event.preventDefault();
                        const role = String(new FormData(event.currentTarget).get('role')) as MembershipRole;
                        void act(member.id, async () => {
                          const { data } = await changeRole({
                            variables: { input: { id: member.id, role } },
                          });
                          return data?.changeTeamMemberRole.errors ?? null;
                        });
                      }}
                    >
                      <ChoiceField
                        name="role"
                        label={t('roleOf', { name: member.name })}
                        defaultValue={member.role}
                        options={roleOptions}
                      />
                      <button type="submit" className={STEP_BUTTON} disabled={changing}>
                        {t('changeRole')}
                      </button>
                    </form>
                    <AskFirstStep
                      label={member.isViewer ? t('leave') : t('remove')}
                      asking={confirming === member.id}
                      onAsk={() => setConfirming(member.id)}
                      id={`remove-${member.id}`}
                      question={
                        member.isViewer ? t('leaveQuestion') : t('removeQuestion', { name: member.name })
                      }
                      confirmLabel={t('removeForGood')}
                      keepLabel={t('keep')}
                      busy={removing}
                      onConfirm={() =>
                        act(member.id, async () => {
                          const { data } = await remove({ variables: { input: { id: member.id } } });
                          return data?.removeTeamMember.errors ?? null;
                        })
                      }
                      onKeep={() => setConfirming(null)}
                    />
                  </div>
                ) : null}
              </article>
            </li>
          ))}
        </ul>
      </section>

      {manages ? (
        <section aria-labelledby="invitations-title">
          <h2 id="invitations-title" className="mb-3 text-lg font-semibold">
            {t('invitationsTitle')}
          </h2>
          {team.invitations.length === 0 ? <p className="text-stone-700">{t('noInvitations')}</p> : null}
          <ul className="space-y-3">
            {team.invitations.map((invitation) => (
              <li key={invitation.id}>
                <article
                  aria-labelledby={`invitation-${invitation.id}`}
                  className="space-y-2 rounded-lg border border-stone-200 bg-white p-4"
                >
                  <div className="flex flex-wrap items-center gap-2">
                    <h3 id={`invitation-${invitation.id}`} className="font-semibold break-all">
                      {invitation.name ? `${invitation.name} · ${invitation.email}` : invitation.email}
                    </h3>
                    <Badge tone="neutral">{t(`roles.${invitation.role}`)}</Badge>
                    {invitation.isExpired ? <Badge tone="progress">{t('expired')}</Badge> : null}
                  </div>
                  <p className="text-sm text-stone-700">
                    {invitation.isExpired
                      ? t('expiredOn', { date: formatDate(invitation.expiresAt, locale) })
                      : t('validUntil', { date: formatDate(invitation.expiresAt, locale) })}
                    {' · '}
                    {invitation.mailedAt
                      ? t('mailedAt', { at: formatDateTime(invitation.mailedAt, locale) })
                      : t('notMailed')}
                  </p>
                  {rowAlert(invitation.id)}
                  <div className="flex flex-wrap items-center gap-3">
                    <button
                      type="button"
                      className={STEP_BUTTON}
                      disabled={resending}
                      onClick={() => onResend(invitation.id, invitation.email)}
                    >
                      {t('resend')}
                    </button>
                    <AskFirstStep
                      label={t('cancel')}
                      asking={confirming === invitation.id}
                      onAsk={() => setConfirming(invitation.id)}
                      id={`cancel-${invitation.id}`}
                      question={t('cancelQuestion')}
                      confirmLabel={t('cancelForGood')}
                      keepLabel={t('keep')}
                      busy={cancelling}
                      onConfirm={() =>
                        act(invitation.id, async () => {
                          const { data } = await cancel({ variables: { input: { id: invitation.id } } });
                          return data?.cancelTeamInvitation.errors ?? null;
                        })
                      }
                      onKeep={() => setConfirming(null)}
                    />
                  </div>
                </article>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {manages && team.events.length > 0 ? (
        <section aria-labelledby="history-title">
          <h2 id="history-title" className="mb-3 text-lg font-semibold">
            {t('historyTitle')}
          </h2>
          <ol className="space-y-1 text-sm text-stone-800">
            {team.events.map((event, index) => (
              <li key={`${event.at}-${index}`}>
                <time dateTime={event.at} className="text-stone-600">
                  {formatDateTime(event.at, locale)}
                </time>{' '}
                {t(`events.${event.kind}`, {
                  actor: event.actorName ?? t('someone'),
                  email: event.email,
                  role: t(`roles.${event.role}`),
                  previousRole: event.previousRole ? t(`roles.${event.previousRole}`) : '',
                })}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
