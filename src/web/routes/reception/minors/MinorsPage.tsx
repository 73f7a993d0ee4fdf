/** The unaccompanied minors tab: all minor files, only the unaccompanied, or those without a representative; assignment from the list. */
import { Anchor, Badge, Button, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ExportButton } from '../../../components/ExportButton';
import { YesNo } from '../../../components/YesNo';
import { can, useMe } from '../../../session';
import { MINOR_VIEWS, minorsQuery, type MinorSummary, type MinorView } from '../asylum/asylumApi';
import { personName } from '../PersonPicker';
import { AssignDialog } from './AssignDialog';

const route = getRouteApi('/app/reception/minors');

/** "16", "15–17" or a dash, with where it comes from. */
export function useAgeText() {
  const { t } = useTranslation();
  return (minor: Pick<MinorSummary, 'age' | 'ageSource'>) => {
    if (!minor.age) {
      return '—';
    }
    const age = minor.age.min === minor.age.max ? String(minor.age.min) : `${minor.age.min}–${minor.age.max}`;
    return minor.ageSource ? `${age} (${t(`asylum.minors.ageSources.${minor.ageSource}`)})` : age;
  };
}

/** The minors tab. */
export function MinorsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const ageText = useAgeText();
  const search = route.useSearch();
  const view: MinorView = MINOR_VIEWS.find((v) => v === search.view) ?? 'all';
  const minors = useQuery(minorsQuery(view));
  const [assigning, setAssigning] = useState<MinorSummary | null>(null);
  const manage = can(me, ['reception.manage']);
  const rows = minors.data?.minors ?? [];
  return (
    <Stack gap="md">
      <Text maw={760}>{t('asylum.minors.intro')}</Text>
      <Group justify="space-between">
        <SegmentedControl
          aria-label={t('asylum.minors.which')}
          data={MINOR_VIEWS.map((value) => ({ value, label: t(`asylum.minors.views.${value}`) }))}
          value={view}
          onChange={(value) => void navigate({ to: '/reception/minors', search: { view: value === 'all' ? undefined : value } })}
        />
        <ExportButton path="/api/asylum/minors/export" params={{ view }} />
      </Group>
      <ErrorAlert error={minors.error} />
      {minors.isPending ? (
        <Text>{t('common.loading')}</Text>
      ) : rows.length === 0 ? (
        <Text c="dimmed">{t('asylum.minors.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped withTableBorder aria-label={t('asylum.minors.listOf', { view: t(`asylum.minors.views.${view}`) })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('asylum.fields.person')}</Table.Th>
                <Table.Th>{t('asylum.minors.age')}</Table.Th>
                <Table.Th>{t('asylum.minors.unaccompaniedColumn')}</Table.Th>
                <Table.Th>{t('asylum.minors.adultFamily')}</Table.Th>
                <Table.Th>{t('asylum.minors.representative')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((minor) => {
                const name = personName(minor.person);
                return (
                  <Table.Tr key={minor.personId} data-minor={minor.personId}>
                    <Table.Th scope="row" fw="normal">
                      <Anchor renderRoot={(props) => <Link {...props} to="/reception/minors/$personId" params={{ personId: minor.personId }} />}>
                        <span dir="auto">{name}</span>
                      </Anchor>
                    </Table.Th>
                    <Table.Td>{ageText(minor)}</Table.Td>
                    <Table.Td><YesNo value={minor.unaccompanied} danger /></Table.Td>
                    <Table.Td><YesNo value={minor.hasAdultFamilyLink} /></Table.Td>
                    <Table.Td>
                      {minor.representative ? (
                        `${minor.representative.name} · ${minor.representative.organisation}`
                      ) : manage ? (
                        <Button size="xs" onClick={() => setAssigning(minor)} aria-label={t('asylum.minors.assignFor', { name })}>
                          {t('asylum.minors.assign')}
                        </Button>
                      ) : (
                        <Badge color="red" variant="light">{t('asylum.minors.noRepresentative')}</Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {assigning && <AssignDialog personId={assigning.personId} name={personName(assigning.person)} onClose={() => setAssigning(null)} />}
    </Stack>
  );
}
