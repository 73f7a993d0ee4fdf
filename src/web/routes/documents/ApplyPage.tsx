/**
 * Applying for a document for one person (from their page, or found here with the person search):
 * type, issuing office, fee and a note; the server's answers are shown beside the fields they name.
 */
import { Alert, Anchor, Button, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors, fieldErrorsByPath } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Ltr } from '../../components/Ltr';
import { notifySuccess } from '../../components/notify';
import { PageTitle } from '../../components/PageTitle';
import { PersonSearchBox } from '../../components/PersonSearchBox';
import { latinName, personQuery, type Person } from '../people/peopleApi';
import { documentTypesQuery, type IssuedDocument } from './documentsApi';
import { useTypeName } from './documentLabels';
import { feeBody, FeeFields, OfficeSelect, useFeeDraft } from './IssueFields';

const route = getRouteApi('/app/documents/apply');

function ApplicationForm({ person }: { person: Person }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const typeName = useTypeName();
  const types = useQuery(documentTypesQuery);
  const active = (types.data ?? []).filter((type) => type.active);
  const [typeCode, setTypeCode] = useState<string | null>(null);
  const [officeId, setOfficeId] = useState<string | null>(null);
  const [fee, setFee] = useFeeDraft();
  const [note, setNote] = useState('');
  const type = active.find((candidate) => candidate.code === typeCode);
  const apply = useMutation({
    mutationFn: () =>
      api.post<IssuedDocument>('/api/documents/applications', {
        personId: person.id,
        type: typeCode ?? '',
        officeId: officeId ?? '',
        fee: feeBody(type, fee),
        note: note.trim() || undefined,
      }),
    meta: { silent: true },
    onSuccess: async (document) => {
      queryClient.setQueryData(['documents', 'document', document.id], document);
      await queryClient.invalidateQueries({ queryKey: ['documents', 'register'] });
      await queryClient.invalidateQueries({ queryKey: ['documents', 'person', person.id] });
      notifySuccess(t('documents.done.applied'));
      void navigate({ to: '/documents/$id', params: { id: document.id } });
    },
  });
  const errors = fieldErrors(apply.error);
  // The server's rule, said before submitting: the holder's current legal status must be one the type allows.
  const statusNotAllowed = type && !type.allowedStatuses.some((s) => s === person.legalStatus);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('documents.apply.title')}>
      <Stack gap="sm" maw={560}>
        <Select
          label={t('documents.fields.type')}
          required
          data={active.map((candidate) => ({ value: candidate.code, label: typeName(candidate) }))}
          value={typeCode}
          onChange={setTypeCode}
          allowDeselect={false}
          error={errors.type}
          nothingFoundMessage={t('documents.apply.noTypes')}
        />
        {statusNotAllowed && (
          <Alert color="yellow">
            {t('documents.apply.statusNotAllowed', {
              status: person.legalStatus
                ? t(`people.legalStatuses.${person.legalStatus as 'refugee'}`, {
                    defaultValue: person.legalStatus,
                  })
                : t('documents.apply.noStatus'),
            })}
          </Alert>
        )}
        {!person.hasPhoto && <Alert color="yellow">{t('documents.apply.noPhoto')}</Alert>}
        <OfficeSelect value={officeId} onChange={setOfficeId} error={errors.officeId} />
        <FeeFields type={type} draft={fee} onChange={setFee} errors={fieldErrorsByPath(apply.error)} />
        <Textarea
          label={t('documents.fields.note')}
          autosize
          minRows={2}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={errors.note}
        />
        <ErrorAlert error={apply.error} />
        <Group>
          <Button type="submit" loading={apply.isPending}>
            {t('documents.apply.submit')}
          </Button>
          <Button variant="default" component={Link} to={`/people/${person.id}`}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function PersonApplication({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const person = useQuery(personQuery(personId));
  if (person.isPending) {
    return <Text>{t('common.loading')}</Text>;
  }
  if (!person.data) {
    return <ErrorAlert error={person.error} />;
  }
  const name = latinName(person.data) || person.data.registrationNumber;
  return (
    <Stack gap="md">
      <Paper withBorder p="sm">
        <Text size="xs" c="dimmed">
          {t('documents.fields.person')}
        </Text>
        <Group gap="sm">
          <Anchor component={Link} to={`/people/${personId}`} fw={600}>
            {name}
          </Anchor>
          <Ltr mono>{person.data.registrationNumber}</Ltr>
        </Group>
      </Paper>
      <ApplicationForm person={person.data} />
    </Stack>
  );
}

/** The apply page: the form for the person in the address, or the person search when there is none. */
export function ApplyPage() {
  const { t } = useTranslation();
  const { personId } = route.useSearch();
  return (
    <Stack gap="md">
      <PageTitle>{t('documents.apply.title')}</PageTitle>
      {personId ? (
        <PersonApplication personId={personId} />
      ) : (
        <Paper withBorder p="md" maw={560}>
          <Stack gap="sm">
            <Title order={3} size="h4">
              {t('documents.apply.findTitle')}
            </Title>
            <Text size="sm">{t('documents.apply.findHint')}</Text>
            <PersonSearchBox />
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
