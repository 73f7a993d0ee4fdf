/** The notes of a case, newest first, and a note to add. */
import { Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormat } from '../../../format';
import { useCaseWrite } from '../caseActions';
import type { CaseDetail } from '../casesApi';

/** The notes tab. */
export function NotesPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const add = useCaseWrite<{ body: string }>(detail.id, 'POST', `/${detail.id}/notes`);
  const [body, setBody] = useState('');
  const notes = [...(detail.notes ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate({ body: body.trim() }, { onSuccess: () => setBody('') });
  };
  return (
    <Stack gap="md">
      {detail.can.addNote && (
        <form onSubmit={submit} noValidate aria-label={t('cases.notes.add')}>
          <Stack gap="xs">
            <Textarea
              label={t('cases.notes.new')}
              required
              autosize
              minRows={2}
              value={body}
              onChange={(event) => setBody(event.currentTarget.value)}
              error={fieldErrors(add.error).body}
            />
            <ErrorAlert error={add.error} />
            <Group>
              <Button type="submit" loading={add.isPending} disabled={!body.trim()}>
                {t('cases.notes.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {notes.length === 0 ? (
        <Text c="dimmed">{t('cases.notes.none')}</Text>
      ) : (
        <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('cases.sections.notes')}>
          {notes.map((note) => (
            <Card key={note.id} withBorder padding="sm" component="li">
              <Text size="xs" c="dimmed">
                {format.dateTime(note.createdAt)} · {note.authorLabel}
                {note.authorOrganisation && ` (${note.authorOrganisation.name})`}
              </Text>
              <Text dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                {note.body}
              </Text>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
