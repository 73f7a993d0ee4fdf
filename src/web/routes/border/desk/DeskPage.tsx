/**
 * The border officer's desk for one lane: the post (BCP, lane, direction) chosen once and remembered, and
 * either travellers one by one or vehicles with their occupants. Keyboard first: the MRZ box has the focus,
 * the decisions have keys, and Escape moves on.
 */
import { Alert, Group, Paper, SegmentedControl, Select, Stack, Switch, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { EdgeStatus } from '../../sync/EdgeStatus';
import { useBcps, useDeskPost, type DeskPost } from './bcps';
import { DIRECTIONS, lanesOf, type Site } from './deskApi';
import { TravellerLane } from './TravellerLane';
import { VehicleLane } from './VehicleLane';

/** The desk page. */
export function DeskPage() {
  const { t } = useTranslation();
  const bcps = useBcps();
  const [post, changePost] = useDeskPost(bcps.mine);
  const [vehicleMode, setVehicleMode] = useState(false);
  if (bcps.error) {
    return <ErrorAlert error={bcps.error} />;
  }
  if (bcps.isPending) {
    return <Text>{t('common.loading')}</Text>;
  }
  if (!post) {
    return <Alert color="yellow">{t('border.desk.post.none')}</Alert>;
  }
  return (
    <Stack gap="md">
      <EdgeStatus />
      <PostBar
        post={post}
        bcps={bcps.mine}
        onChange={changePost}
        vehicleMode={vehicleMode}
        onVehicleMode={setVehicleMode}
      />
      {/* The post is read when a decision is sent: a correction of the direction applies to the traveller at the desk. */}
      {vehicleMode ? <VehicleLane post={post} /> : <TravellerLane post={post} />}
      <Text size="sm" c="dimmed">
        {t('border.desk.keysHelp')}
      </Text>
    </Stack>
  );
}

interface PostBarProps {
  post: DeskPost;
  bcps: Site[];
  onChange: (change: Partial<DeskPost>) => void;
  vehicleMode: boolean;
  onVehicleMode: (on: boolean) => void;
}

/** Where the officer works and what passes: BCP, lane, direction, and vehicles or people on foot. */
function PostBar({ post, bcps, onChange, vehicleMode, onVehicleMode }: PostBarProps) {
  const { t } = useTranslation();
  const lanes = lanesOf(bcps.find((site) => site.id === post.siteId));
  const directionLabel = useId();
  return (
    <Paper withBorder p="sm" role="group" aria-label={t('border.desk.post.title')}>
      <Group align="flex-end" wrap="wrap" gap="md">
        <Select
          label={t('border.desk.post.bcp')}
          data={bcps.map((site) => ({ value: site.id, label: site.name }))}
          value={post.siteId}
          onChange={(value) => value && onChange({ siteId: value })}
          allowDeselect={false}
          w={260}
        />
        {lanes.length > 0 && (
          <Select
            label={t('border.desk.post.lane')}
            data={lanes}
            value={post.lane}
            onChange={(value) => value && onChange({ lane: value })}
            allowDeselect={false}
            w={110}
          />
        )}
        <Stack gap={4}>
          <Text size="sm" fw={500} id={directionLabel}>
            {t('border.desk.post.direction')}
          </Text>
          <SegmentedControl
            aria-labelledby={directionLabel}
            data={DIRECTIONS.map((value) => ({ value, label: t(`border.directions.${value}`) }))}
            value={post.direction}
            onChange={(value) => onChange({ direction: DIRECTIONS.find((d) => d === value) ?? 'entry' })}
          />
        </Stack>
        <Switch
          label={t('border.desk.post.vehicleMode')}
          checked={vehicleMode}
          onChange={(event) => onVehicleMode(event.currentTarget.checked)}
          mb={6}
        />
      </Group>
    </Paper>
  );
}
