/**
 * The participants of a session: who they are, their personal test link (copied with one button), attendance,
 * pre- and post-test (paper entry, scoring of short answers) and certificate (issue, download, check).
 */
import { Anchor, Badge, Button, CopyButton, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../../components/ExportButton';
import { Ltr } from '../../../components/Ltr';
import { notifyError, notifySuccess } from '../../../components/notify';
import { useTrainingFormat } from '../trainingFormat';
import { EnrolDialog } from './EnrolDialog';
import { PaperTestDialog } from './PaperTestDialog';
import { ScoreDialog } from './ScoreDialog';
import { useIssueCertificate } from './sessionActions';
import {
  certificatePdfUrl,
  PHASES,
  testLink,
  type Participant,
  type Phase,
  type SessionDetail,
} from './sessionsApi';

type Dialog = { kind: 'paper' | 'score'; participant: Participant; phase: Phase };

function LinkCell({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const link = testLink(participant);
  return (
    <Group gap={4} wrap="nowrap">
      <Anchor href={link} target="_blank" rel="noopener noreferrer" data-testid="test-link" size="sm">
        <Ltr mono>{participant.code}</Ltr>
      </Anchor>
      <CopyButton value={link}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t('common.copied') : t('training.participants.copyLink')}>
            <Button
              size="compact-xs"
              variant={copied ? 'filled' : 'light'}
              color={copied ? 'teal' : undefined}
              onClick={copy}
              aria-label={t('training.participants.copyLinkOf', { name: participant.name })}
            >
              {copied ? t('common.copied') : t('training.participants.copy')}
            </Button>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}

function TestCell({
  session,
  participant,
  phase,
  onDialog,
}: {
  session: SessionDetail;
  participant: Participant;
  phase: Phase;
  onDialog: (dialog: Dialog) => void;
}) {
  const { t } = useTranslation();
  const format = useTrainingFormat();
  const attempt = participant[phase];
  const phaseName = t(`training.phases.${phase}`);
  if (!session.tests.some((test) => test.phase === phase)) {
    return <Text c="dimmed">—</Text>;
  }
  if (!attempt) {
    return (
      <Button
        size="compact-xs"
        variant="subtle"
        onClick={() => onDialog({ kind: 'paper', participant, phase })}
        aria-label={t('training.participants.paperOf', { phase: phaseName, name: participant.name })}
      >
        {t('training.participants.paper')}
      </Button>
    );
  }
  return (
    <Stack gap={2} align="flex-start">
      {attempt.pending ? (
        <Badge color="orange" variant="light">
          {t('training.participants.pending')}
        </Badge>
      ) : (
        <Text size="sm">
          {format.percent(attempt.percent)}{' '}
          <Text span size="xs" c="dimmed">
            ({format.number(attempt.score)}/{format.number(attempt.maxScore)})
          </Text>
        </Text>
      )}
      {attempt.source === 'paper' && (
        <Text size="xs" c="dimmed">
          {t('training.participants.onPaper')}
        </Text>
      )}
      {attempt.pending && (
        <Button
          size="compact-xs"
          variant="light"
          color="orange"
          onClick={() => onDialog({ kind: 'score', participant, phase })}
          aria-label={t('training.participants.scoreOf', { phase: phaseName, name: participant.name })}
        >
          {t('training.participants.score')}
        </Button>
      )}
    </Stack>
  );
}

function CertificateCell({ sessionId, participant }: { sessionId: string; participant: Participant }) {
  const { t } = useTranslation();
  const issue = useIssueCertificate(sessionId);
  const { certificate } = participant;
  if (!certificate) {
    return (
      <Button
        size="compact-xs"
        variant="light"
        loading={issue.isPending}
        aria-label={t('training.certificates.issueFor', { name: participant.name })}
        onClick={() =>
          issue.mutate(participant.id, {
            onSuccess: () => notifySuccess(t('training.certificates.issued', { name: participant.name })),
            onError: notifyError,
          })
        }
      >
        {t('training.certificates.issue')}
      </Button>
    );
  }
  return (
    <Stack gap={2} align="flex-start" data-testid="certificate">
      <Ltr mono>{certificate.code}</Ltr>
      <Group gap={4} wrap="nowrap">
        <Button
          component="a"
          size="compact-xs"
          variant="light"
          href={certificatePdfUrl(participant.id)}
          download={`certificate-${certificate.code}.pdf`}
          aria-label={t('training.certificates.downloadFor', { name: participant.name })}
        >
          {t('training.certificates.download')}
        </Button>
        <Anchor
          href={`/training/certificates/${certificate.code}`}
          target="_blank"
          rel="noopener noreferrer"
          size="xs"
        >
          {t('training.certificates.check')}
        </Anchor>
      </Group>
    </Stack>
  );
}

/** The participants tab of the session page. */
export function ParticipantsPanel({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const format = useTrainingFormat();
  const [enrolling, setEnrolling] = useState(false);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const full = session.participants.length >= session.capacity;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text>
          {t('training.sessions.ofCapacity', {
            count: session.participants.length,
            capacity: session.capacity,
          })}
        </Text>
        <Group gap="xs">
          <ExportButton path={`/api/training/sessions/${session.id}/participants/export`} params={{}} disabled={session.participants.length === 0} />
          <Tooltip label={t('training.enrol.full')} disabled={!full}>
            <Button onClick={() => setEnrolling(true)} disabled={full}>
              {t('training.enrol.open')}
            </Button>
          </Tooltip>
        </Group>
      </Group>
      {session.participants.length === 0 ? (
        <Text c="dimmed">{t('training.participants.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={960}>
          <Table striped withTableBorder aria-label={t('training.participants.title')} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('training.fields.name')}</Table.Th>
                <Table.Th>{t('training.fields.organisation')}</Table.Th>
                <Table.Th>{t('training.fields.sex')}</Table.Th>
                <Table.Th>{t('training.participants.link')}</Table.Th>
                <Table.Th ta="end">{t('training.participants.attendance')}</Table.Th>
                {PHASES.map((phase) => (
                  <Table.Th key={phase}>{t(`training.phases.${phase}`)}</Table.Th>
                ))}
                <Table.Th>{t('training.certificates.title')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {session.participants.map((participant) => (
                <Table.Tr key={participant.id}>
                  <Table.Th scope="row" fw="normal">
                    {participant.name}{' '}
                    {participant.userId && (
                      <Badge size="xs" variant="light">
                        {t('training.participants.staffBadge')}
                      </Badge>
                    )}
                  </Table.Th>
                  <Table.Td>{participant.organisationName}</Table.Td>
                  <Table.Td>{format.sex(participant.sex)}</Table.Td>
                  <Table.Td>
                    <LinkCell participant={participant} />
                  </Table.Td>
                  <Table.Td ta="end">{format.percent(participant.attendancePercent)}</Table.Td>
                  {PHASES.map((phase) => (
                    <Table.Td key={phase}>
                      <TestCell
                        session={session}
                        participant={participant}
                        phase={phase}
                        onDialog={setDialog}
                      />
                    </Table.Td>
                  ))}
                  <Table.Td>
                    <CertificateCell sessionId={session.id} participant={participant} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {enrolling && <EnrolDialog sessionId={session.id} onClose={() => setEnrolling(false)} />}
      {dialog?.kind === 'paper' && (
        <PaperTestDialog
          session={session}
          participant={dialog.participant}
          phase={dialog.phase}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'score' && (
        <ScoreDialog
          session={session}
          participant={dialog.participant}
          phase={dialog.phase}
          onClose={() => setDialog(null)}
        />
      )}
    </Stack>
  );
}
