/**
 * A centre's kiosk notices (opening hours, services, house rules): pick one of the caller's centres, see its
 * notices with their status and validity, write or change one, publish it, archive it.
 */
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Ltr } from '../../../components/Ltr';
import { notifySuccess } from '../../../components/notify';
import { useFormat } from '../../../format';
import { useCatalogue } from '../knowledgeApi';
import { inLanguage } from '../knowledgeLabels';
import { NoticeForm } from './NoticeForm';
import { centreNoticesQuery, useCentres, useSaveNotice, type Notice, type NoticeStatus } from './noticesApi';

const STATUS_COLOURS: Record<NoticeStatus, string> = { draft: 'blue', published: 'green', archived: 'gray' };

function NoticeRow({ notice, siteId, onEdit }: { notice: Notice; siteId: string; onEdit: () => void }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const change = useSaveNotice(siteId);
  const [archiving, setArchiving] = useState(false);
  const title = inLanguage(notice.translations, i18n.language)?.title ?? '—';
  const setStatus = (status: NoticeStatus, done: string) =>
    change.mutate(
      {
        id: notice.id,
        status,
        kind: notice.kind,
        translations: notice.translations,
        validFrom: notice.validFrom,
        validTo: notice.validTo,
      },
      {
        onSuccess: () => {
          notifySuccess(done);
          setArchiving(false);
        },
      },
    );
  return (
    <Table.Tr>
      <Table.Th scope="row" fw="normal" dir="auto">
        {title}
        <ErrorAlert error={change.error} />
      </Table.Th>
      <Table.Td>{t(`knowledge.noticeKinds.${notice.kind}`)}</Table.Td>
      <Table.Td>
        <Badge color={STATUS_COLOURS[notice.status]} variant="light">
          {t(`knowledge.noticeStatuses.${notice.status}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        {notice.validTo
          ? t('knowledge.notices.validRange', {
              from: format.date(notice.validFrom),
              to: format.date(notice.validTo),
            })
          : t('knowledge.notices.validFromOn', { from: format.date(notice.validFrom) })}
      </Table.Td>
      <Table.Td>
        <Ltr>{Object.keys(notice.translations).join(', ')}</Ltr>
      </Table.Td>
      <Table.Td>
        {notice.status !== 'archived' && (
          <Group gap="xs" wrap="nowrap">
            <Button
              size="xs"
              variant="light"
              onClick={onEdit}
              aria-label={t('knowledge.notices.editNamed', { name: title })}
            >
              {t('common.edit')}
            </Button>
            {notice.status === 'draft' && (
              <Button
                size="xs"
                color="green"
                loading={change.isPending && !archiving}
                aria-label={t('knowledge.notices.publishNamed', { name: title })}
                onClick={() => setStatus('published', t('knowledge.notices.published'))}
              >
                {t('knowledge.notices.publish')}
              </Button>
            )}
            <Button
              size="xs"
              color="red"
              variant="outline"
              aria-label={t('knowledge.notices.archiveNamed', { name: title })}
              onClick={() => setArchiving(true)}
            >
              {t('knowledge.notices.archive')}
            </Button>
          </Group>
        )}
        <Modal opened={archiving} onClose={() => setArchiving(false)} title={t('knowledge.notices.archive')}>
          <Stack gap="sm">
            <Text size="sm">{t('knowledge.notices.archiveConfirm', { title })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setArchiving(false)}>
                {t('common.cancel')}
              </Button>
              <Button
                color="red"
                loading={change.isPending}
                onClick={() => setStatus('archived', t('knowledge.notices.archived'))}
              >
                {t('knowledge.notices.archive')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      </Table.Td>
    </Table.Tr>
  );
}

/** The notices of one centre. */
function CentreNotices({ siteId }: { siteId: string }) {
  const { t } = useTranslation();
  const notices = useQuery(centreNoticesQuery(siteId));
  const catalogue = useCatalogue();
  const [editing, setEditing] = useState<{ notice?: Notice } | null>(null);
  const centre = notices.data?.centre;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        {centre ? (
          <Text size="sm">
            {t('knowledge.notices.kioskAt')}{' '}
            <Anchor href={`/kiosk/${centre.code}`} target="_blank">
              <Ltr>/kiosk/{centre.code}</Ltr>
            </Anchor>
          </Text>
        ) : (
          <span />
        )}
        <Button onClick={() => setEditing({})} disabled={!catalogue.data}>
          {t('knowledge.notices.new')}
        </Button>
      </Group>
      <ErrorAlert error={notices.error} />
      {notices.data?.notices.length === 0 && <Text>{t('knowledge.notices.none')}</Text>}
      {notices.data && notices.data.notices.length > 0 && (
        <Table.ScrollContainer minWidth={820}>
          <Table
            striped
            withTableBorder
            aria-label={t('knowledge.notices.tableLabel', { centre: centre?.name })}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('knowledge.notices.title')}</Table.Th>
                <Table.Th>{t('knowledge.notices.kind')}</Table.Th>
                <Table.Th>{t('knowledge.fields.status')}</Table.Th>
                <Table.Th>{t('knowledge.notices.validity')}</Table.Th>
                <Table.Th>{t('knowledge.notices.languages')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {notices.data.notices.map((notice) => (
                <NoticeRow
                  key={notice.id}
                  notice={notice}
                  siteId={siteId}
                  onEdit={() => setEditing({ notice })}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && catalogue.data && (
        <NoticeForm
          siteId={siteId}
          notice={editing.notice}
          languages={catalogue.data.languages}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}

/** The centre notices tab. */
export function NoticesPage() {
  const { t } = useTranslation();
  const { centres, isPending, error } = useCentres();
  const [chosen, setChosen] = useState<string | null>(null);
  const siteId = centres.find((c) => c.id === chosen)?.id ?? centres[0]?.id;
  if (isPending) {
    return <Text>{t('common.loading')}</Text>;
  }
  return (
    <Stack gap="md">
      <Text maw={760}>{t('knowledge.notices.intro')}</Text>
      <ErrorAlert error={error} />
      {centres.length === 0 ? (
        <Alert color="yellow">{t('knowledge.notices.noCentre')}</Alert>
      ) : (
        <Select
          label={t('knowledge.notices.centre')}
          allowDeselect={false}
          searchable
          data={centres.map((c) => ({ value: c.id, label: c.name }))}
          value={siteId ?? null}
          onChange={setChosen}
          w={420}
        />
      )}
      {siteId && <CentreNotices key={siteId} siteId={siteId} />}
    </Stack>
  );
}
