/** One centre: its places, then residents (check-in, check-out, absence, transfer, services), beds, and blocks. */
import { Anchor, Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageTitle } from '../../../components/PageTitle';
import { BlocksPanel } from './BlocksPanel';
import { centreQuery } from './centresApi';
import { FiguresGrid } from './FiguresGrid';
import { ResidentsPanel } from './ResidentsPanel';
import { StructurePanel } from './StructurePanel';

const route = getRouteApi('/app/reception/centres/$id');

/** The centre page, by site id from the address. */
export function CentrePage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const { data: detail, error, isPending } = useQuery(centreQuery(id));
  if (isPending) {
    return <Text>{t('common.loading')}</Text>;
  }
  if (!detail) {
    return <ErrorAlert error={error} />;
  }
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/reception/centres" size="sm">
        {t('reception.centres.back')}
      </Anchor>
      <PageTitle>{detail.centre.name}</PageTitle>
      <FiguresGrid figures={detail.centre} label={t('reception.centres.placesNow')} />
      <Tabs defaultValue="residents" keepMounted={false}>
        <Tabs.List mb="md" aria-label={t('reception.centres.sections')}>
          <Tabs.Tab value="residents">{t('reception.residents.title')}</Tabs.Tab>
          <Tabs.Tab value="beds">{t('reception.structure.title')}</Tabs.Tab>
          <Tabs.Tab value="blocks">{t('reception.blocks.tab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="residents">
          <ResidentsPanel detail={detail} />
        </Tabs.Panel>
        <Tabs.Panel value="beds">
          <StructurePanel detail={detail} />
        </Tabs.Panel>
        <Tabs.Panel value="blocks">
          <BlocksPanel detail={detail} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
