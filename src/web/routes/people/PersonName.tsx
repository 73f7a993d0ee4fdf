/** Small pieces shared by the people screens: a person's name in both scripts, the score bar, flags. */
import { Anchor, Badge, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format';
import { Ltr } from '../../components/Ltr';
import { latinName, type PersonSummary } from './peopleApi';

/** The Latin name and, under it, the name in its original script. */
export function PersonName({ person }: { person: Pick<PersonSummary, 'givenNames' | 'surname' | 'originalName'> }) {
  return (
    <Stack gap={0}>
      <Text fw={600} dir="auto" component="span">
        {latinName(person) || '—'}
      </Text>
      {person.originalName && (
        <Text size="sm" c="dimmed" dir="auto" component="span">
          {person.originalName}
        </Text>
      )}
    </Stack>
  );
}

/** A match score from 0 to 1 as a labelled bar. */
export function ScoreBar({ score }: { score: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const percent = Math.round(score * 100);
  const color = score >= 0.9 ? 'green' : score >= 0.75 ? 'yellow' : 'gray';
  return (
    <Stack gap={2} miw={90}>
      <Progress value={percent} color={color} aria-label={t('people.score')} />
      <Text size="xs">{format.number(percent)}%</Text>
    </Stack>
  );
}

/** Why a record matched, as a short list. */
export function Reasons({ reasons }: { reasons: string[] }) {
  return (
    <Stack gap={0} component="ul" m={0} ps="md">
      {reasons.map((reason) => (
        <Text key={reason} size="xs" component="li">
          {reason}
        </Text>
      ))}
    </Stack>
  );
}

/** Nationality codes, left-to-right. */
export function Codes({ codes }: { codes: string[] }) {
  return codes.length > 0 ? <Ltr mono>{codes.join(', ')}</Ltr> : <>—</>;
}

/** Minor and estimated-birth flags next to a date of birth. */
export function BirthLine({ person }: { person: Pick<PersonSummary, 'dateOfBirth' | 'dateOfBirthEstimated' | 'minor'> }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Ltr mono>{person.dateOfBirth ?? '—'}</Ltr>
      {person.dateOfBirthEstimated && (
        <Badge size="xs" variant="light" color="gray">
          {t('people.estimated')}
        </Badge>
      )}
      {person.minor && (
        <Badge size="xs" color="orange">
          {t('people.minor')}
        </Badge>
      )}
    </Group>
  );
}

/** A compact card for a related or candidate person. */
export function PersonCard({ person, children }: { person: PersonSummary; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm">
      <Stack gap={4}>
        <Anchor component={Link} to={`/people/${person.id}`}>
          <Title order={4} dir="auto">
            {latinName(person) || person.originalName || person.registrationNumber}
          </Title>
        </Anchor>
        {person.originalName && <Text dir="auto">{person.originalName}</Text>}
        <Text size="sm">
          <Ltr mono>{person.registrationNumber}</Ltr> · <Ltr mono>{person.dateOfBirth ?? '—'}</Ltr> ·{' '}
          <Codes codes={person.nationalities} />
        </Text>
        {person.minor && (
          <Badge color="orange" size="sm">
            {t('people.minor')}
          </Badge>
        )}
        {children}
      </Stack>
    </Card>
  );
}
