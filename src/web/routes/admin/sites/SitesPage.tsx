/** Sites: border crossing points, centres, offices, each in one organisation. */
import { Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { YesNo } from '../../../components/YesNo';
import { useFormat } from '../../../format';
import type { SiteType } from '../../../reference';
import { organisationNames, organisationsQuery, sitesQuery, type Site } from '../adminApi';
import { SiteForm } from './SiteForm';
import { bcpLanes, bcpMode } from './siteDetails';
import { Ltr } from '../../../components/Ltr';

function useDetailsSummary(): (site: Site) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (site) => {
    if (site.type !== 'bcp') {
      return '';
    }
    const mode = bcpMode(site.details);
    const lanes = bcpLanes(site.details);
    const parts = [
      mode ? t(`bcpModes.${mode}`) : '',
      lanes.length > 0 ? t('admin.sites.lanesList', { lanes: format.list(lanes) }) : '',
    ];
    return parts.filter(Boolean).join(' · ');
  };
}

/** The sites table with create and edit. */
export function SitesPage() {
  const { t } = useTranslation();
  const sites = useQuery(sitesQuery);
  const organisations = useQuery(organisationsQuery);
  const names = organisationNames(organisations.data);
  const summary = useDetailsSummary();
  const [editing, setEditing] = useState<{ site?: Site } | null>(null);
  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text>{t('admin.sites.intro')}</Text>
        <Button onClick={() => setEditing({})}>{t('admin.sites.create')}</Button>
      </Group>
      <Table.ScrollContainer minWidth={760}>
        <Table striped highlightOnHover withTableBorder aria-label={t('admin.tabs.sites')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.fields.code')}</Table.Th>
              <Table.Th>{t('admin.fields.name')}</Table.Th>
              <Table.Th>{t('admin.fields.type')}</Table.Th>
              <Table.Th>{t('admin.fields.organisation')}</Table.Th>
              <Table.Th>{t('admin.sites.details')}</Table.Th>
              <Table.Th>{t('admin.fields.active')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sites.isPending && (
              <Table.Tr>
                <Table.Td colSpan={7}>{t('common.loading')}</Table.Td>
              </Table.Tr>
            )}
            {sites.data?.map((site) => (
              <Table.Tr key={site.id}>
                <Table.Td>
                  <Ltr mono>{site.code}</Ltr>
                </Table.Td>
                <Table.Td>{site.name}</Table.Td>
                <Table.Td>{t(`siteTypes.${site.type as SiteType}`, { defaultValue: site.type })}</Table.Td>
                <Table.Td>{names.get(site.organisationId) ?? '—'}</Table.Td>
                <Table.Td>{summary(site)}</Table.Td>
                <Table.Td>
                  <YesNo value={site.active} />
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => setEditing({ site })}
                    aria-label={t('admin.editNamed', { name: site.name })}
                  >
                    {t('common.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing && <SiteForm site={editing.site} onClose={() => setEditing(null)} />}
    </>
  );
}
