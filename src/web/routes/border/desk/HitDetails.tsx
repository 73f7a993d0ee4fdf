/** What a screening hit is about: the list and entry (or listed document), the action asked, the score and why. */
import { Alert, Badge, Group, Loader, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Ltr } from '../../../components/Ltr';
import { useFormat } from '../../../format';
import { Reasons } from '../../people/PersonName';
import type { AlertExplanation, HitAction, Screening, ScreeningHit } from './deskApi';

/** The action a hit asks for, in red when it stops the traveller. */
export function ActionBadge({ action }: { action: HitAction }) {
  const { t } = useTranslation();
  const stops = action === 'arrest' || action === 'refuse-entry' || action === 'seize-document';
  return (
    <Badge color={stops ? 'red' : 'orange'} variant="filled">
      {t(`border.actions.${action}`)}
    </Badge>
  );
}

/** Where a hit comes from: the list's name, or the lost/stolen documents list. */
export function hitSourceName(hit: Partial<ScreeningHit>, lostDocumentsList: string): string {
  return hit.source?.name ?? (hit.kind === 'lost-document' ? lostDocumentsList : '—');
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text size="sm" component="div">
      <Text span c="dimmed" size="sm">
        {label}:{' '}
      </Text>
      {children}
    </Text>
  );
}

/** The listed entry or document, the score and the reasons of one hit. */
export function HitFacts({ hit }: { hit: AlertExplanation }) {
  const { t } = useTranslation();
  const format = useFormat();
  const entry = hit.entry;
  const lost = hit.lostDocument;
  return (
    <Stack gap={4}>
      {entry && (
        <>
          <Fact label={t('border.desk.hit.listedAs')}>
            <Text span fw={700} dir="auto">
              {entry.names.map((n) => n.name).join(' / ')}
            </Text>
          </Fact>
          {entry.dateOfBirth && (
            <Fact label={t('border.desk.document.dateOfBirth')}>
              <Ltr mono>{entry.dateOfBirth}</Ltr>
            </Fact>
          )}
          {entry.nationalities.length > 0 && (
            <Fact label={t('border.desk.document.nationality')}>
              <Ltr mono>{entry.nationalities.join(', ')}</Ltr>
            </Fact>
          )}
          {entry.documentNumbers.length > 0 && (
            <Fact label={t('border.desk.hit.listedDocuments')}>
              <Ltr mono>{entry.documentNumbers.join(', ')}</Ltr>
            </Fact>
          )}
          {entry.note && <Fact label={t('border.desk.hit.note')}>{entry.note}</Fact>}
        </>
      )}
      {lost && (
        <Fact label={t('border.desk.hit.listedDocument')}>
          <Ltr mono>
            {lost.number} {lost.issuingState}
          </Ltr>{' '}
          ({t(`border.lostReasons.${lost.reason as 'lost'}`, { defaultValue: lost.reason })},{' '}
          {format.date(lost.reportedAt)})
        </Fact>
      )}
      {hit.score !== undefined && (
        <Fact label={t('border.desk.hit.score')}>
          {format.number(Math.round(hit.score * 100))}%
          {hit.listVersion ? ` · ${t('border.desk.hit.listVersion', { version: hit.listVersion })}` : ''}
        </Fact>
      )}
      {hit.reasons && hit.reasons.length > 0 && (
        <div dir="auto">
          <Reasons reasons={hit.reasons} />
        </div>
      )}
    </Stack>
  );
}

/** One hit before the decision: red, with the list's name in its title. */
function HitAlert({ hit }: { hit: ScreeningHit }) {
  const { t } = useTranslation();
  const source = hitSourceName(hit, t('border.desk.hit.lostDocumentsList'));
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      aria-label={t('border.desk.hit.title', { source })}
      styles={{ root: { borderInlineStart: '6px solid var(--mantine-color-red-8)' } }}
      title={
        <Group gap="xs">
          <Text fw={700} c="red.9">
            {t('border.desk.hit.title', { source })}
          </Text>
          <ActionBadge action={hit.action} />
        </Group>
      }
    >
      <HitFacts hit={hit} />
    </Alert>
  );
}

/** The traveller's screening, on top of the desk: hits in red, or that there is none. */
export function ScreeningResult({ screening }: { screening: UseQueryResult<Screening> }) {
  const { t } = useTranslation();
  if (screening.isError) {
    return <ErrorAlert error={screening.error} />;
  }
  if (!screening.data) {
    return (
      <Group gap="xs" role="status">
        <Loader size="xs" />
        <Text size="sm">{t('border.desk.screening.running')}</Text>
      </Group>
    );
  }
  const { hits, suppressed } = screening.data;
  return (
    <Stack gap="xs" role="region" aria-label={t('border.desk.screening.title')}>
      {hits.length === 0 ? (
        <Alert color="green" variant="light" role="status">
          {t('border.desk.screening.clear')}
        </Alert>
      ) : (
        hits.map((hit, index) => <HitAlert key={hit.entry?.id ?? hit.lostDocument?.id ?? index} hit={hit} />)
      )}
      {suppressed.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('border.desk.screening.suppressed', { count: suppressed.length })}
        </Text>
      )}
    </Stack>
  );
}
