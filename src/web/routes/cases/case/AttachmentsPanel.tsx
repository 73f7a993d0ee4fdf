/** The files of a case (PDF, JPEG, PNG up to 10 MB), each to open, and a file to attach. */
import { Anchor, FileInput, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { notifySuccess } from '../../../components/notify';
import { useFormat } from '../../../format';
import { useMe } from '../../../session';
import { useUploadAttachment } from '../caseActions';
import { ATTACHMENT_TYPES, type CaseDetail } from '../casesApi';

/** The attachments tab. */
export function AttachmentsPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const upload = useUploadAttachment(detail.id, me.csrfToken);
  const attachments = detail.attachments ?? [];
  return (
    <Stack gap="md">
      {attachments.length === 0 ? (
        <Text c="dimmed">{t('cases.attachments.none')}</Text>
      ) : (
        <Table striped withTableBorder aria-label={t('cases.sections.attachments')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('cases.attachments.name')}</Table.Th>
              <Table.Th ta="end">{t('cases.attachments.size')}</Table.Th>
              <Table.Th>{t('cases.attachments.added')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {attachments.map((file) => (
              <Table.Tr key={file.id}>
                <Table.Th scope="row" fw="normal">
                  <Anchor href={file.url} target="_blank" rel="noopener">
                    <span dir="auto">{file.name}</span>
                  </Anchor>
                </Table.Th>
                <Table.Td ta="end">{t('cases.attachments.kb', { size: format.number(Math.ceil(file.size / 1024)) })}</Table.Td>
                <Table.Td>{format.dateTime(file.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {detail.can.addAttachment && (
        <Group align="flex-end">
          <FileInput
            label={t('cases.attachments.attach')}
            description={t('cases.attachments.hint')}
            accept={ATTACHMENT_TYPES.join(',')}
            value={null}
            onChange={(file) =>
              file && upload.mutate(file, { onSuccess: () => notifySuccess(t('cases.attachments.attached')) })
            }
            disabled={upload.isPending}
            w={360}
          />
        </Group>
      )}
      <ErrorAlert error={upload.error} />
    </Stack>
  );
}
