/**
 * Registering a person: the MRZ box has focus first (a keyboard-wedge scanner types the lines and Enter),
 * the MRZ fills the form, existing records are checked, then the person is registered with the document.
 */
import { Alert, Badge, Button, Group, List, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { documentKindOf } from '../../../common/mrz/kind';
import { DOCUMENT_KINDS } from './DocumentsPanel';
import { SEXES, type MrzResult, type Person, type SearchResult } from './peopleApi';
import { PeopleTabs } from './PeopleTabs';
import { PersonCard, Reasons, ScoreBar } from './PersonName';

interface Draft {
  surname: string;
  givenNames: string;
  originalName: string;
  sex: string;
  dateOfBirth: string;
  nationality: string;
  kind: string;
  number: string;
  issuingState: string;
  expiryDate: string;
}

const EMPTY: Draft = {
  surname: '',
  givenNames: '',
  originalName: '',
  sex: 'U',
  dateOfBirth: '',
  nationality: '',
  kind: 'passport',
  number: '',
  issuingState: '',
  expiryDate: '',
};

/** Lines an MRZ of this first line needs: TD3 and TD2 have two, TD1 three. */
function linesNeeded(first: string): number {
  return first.length === 30 ? 3 : 2;
}

function mrzLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The registration page. */
export function RegisterPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [mrz, setMrz] = useState('');
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [candidates, setCandidates] = useState<SearchResult[] | null>(null);
  const mrzRef = useRef<HTMLTextAreaElement>(null);
  const read = useMutation({
    mutationFn: (text: string) => api.post<MrzResult>('/api/people/mrz', { mrz: text }),
    onSuccess: (result) => {
      setCandidates(null);
      if (result.ok) {
        const d = result.document;
        setDraft((current) => ({
          ...current,
          surname: d.surname,
          givenNames: d.givenNames,
          sex: d.sex,
          dateOfBirth: d.dateOfBirth.includes('<') ? '' : d.dateOfBirth,
          nationality: d.nationality,
          kind: documentKindOf(d.documentType),
          number: d.documentNumber,
          issuingState: d.issuingState,
          expiryDate: d.expiryDate,
        }));
      }
    },
  });
  const mrzUsable = read.data?.ok === true ? mrz.trim() : '';
  const personBody = () => ({
    surname: draft.surname.trim(),
    givenNames: draft.givenNames.trim(),
    originalName: draft.originalName.trim() || null,
    sex: draft.sex,
    dateOfBirth: draft.dateOfBirth.trim() || null,
    nationalities: draft.nationality.trim() ? [draft.nationality.trim().toUpperCase()] : [],
  });
  const documentBody = () => ({
    kind: draft.kind,
    number: draft.number.trim(),
    issuingState: draft.issuingState.trim(),
    expiryDate: draft.expiryDate.trim() || null,
    mrz: mrzUsable || null,
  });
  const hasDocument = () => draft.number.trim() !== '' || mrzUsable !== '';
  const check = useMutation({
    mutationFn: () =>
      api.post<{ candidates: SearchResult[] }>('/api/people/candidates', {
        ...personBody(),
        documentNumber: draft.number.trim() || undefined,
      }),
    meta: { silent: true },
    onSuccess: (result) => setCandidates(result.candidates),
  });
  const register = useMutation({
    mutationFn: async () => {
      const person = await api.post<Person>('/api/people', {
        ...personBody(),
        candidatesShown: candidates?.length ?? 0,
        confirmedNew: true,
      });
      if (hasDocument()) {
        try {
          await api.post(`/api/people/${person.id}/documents`, documentBody());
        } catch (error) {
          return { person, documentError: error };
        }
      }
      return { person, documentError: null };
    },
    meta: { silent: true },
    onSuccess: ({ person, documentError }) => {
      if (!documentError) {
        void navigate({ to: '/people/$id', params: { id: person.id } });
      }
    },
  });
  const choose = useMutation({
    mutationFn: async (personId: string) => {
      if (hasDocument()) {
        await api.post(`/api/people/${personId}/documents`, documentBody());
      }
      return personId;
    },
    meta: { silent: true },
    onSuccess: (personId) => void navigate({ to: '/people/$id', params: { id: personId } }),
  });
  const readNow = (text: string) => {
    if (mrzLines(text).length > 0) {
      read.mutate(mrzLines(text).join('\n'));
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter') {
      return;
    }
    const lines = mrzLines(event.currentTarget.value);
    if (lines.length > 0 && lines.length >= linesNeeded(lines[0]!)) {
      event.preventDefault();
      readNow(event.currentTarget.value);
    } else if (lines.length === 0) {
      event.preventDefault();
    }
  };
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const text = event.clipboardData.getData('text');
    const lines = mrzLines(text);
    if (lines.length >= 2 && lines.length <= 3) {
      event.preventDefault();
      setMrz(lines.join('\n'));
      readNow(text);
    }
  };
  const set = (key: keyof Draft) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setDraft((current) => ({ ...current, [key]: value }));
    setCandidates(null);
  };
  const result = read.data;
  return (
    <Stack gap="md">
      <PageTitle>{t('people.register.title')}</PageTitle>
      <PeopleTabs />
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Textarea
            ref={mrzRef}
            label={t('people.mrz.label')}
            description={t('people.mrz.hint')}
            dir="ltr"
            autoFocus
            autosize
            minRows={3}
            spellCheck={false}
            autoComplete="off"
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', textTransform: 'uppercase' } }}
            value={mrz}
            onChange={(event) => setMrz(event.currentTarget.value.toUpperCase())}
            onKeyDown={onKeyDown}
            onPaste={onPaste}
            data-testid="mrz-input"
          />
          <Group>
            <Button variant="light" onClick={() => readNow(mrz)} loading={read.isPending}>
              {t('people.mrz.read')}
            </Button>
            <Button
              variant="subtle"
              onClick={() => {
                setMrz('');
                read.reset();
                mrzRef.current?.focus();
              }}
            >
              {t('people.mrz.clear')}
            </Button>
          </Group>
          <ErrorAlert error={read.error} />
          {result && !result.ok && (
            <Alert color="red" title={t('people.mrz.unreadable')} role="alert">
              <List size="sm">
                {result.errors.map((error) => (
                  <List.Item key={`${error.code}-${error.message}`}>{error.message}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          {result?.ok && (
            <Stack gap={4} aria-label={t('people.mrz.checks')} role="group">
              <Text fw={600}>{t('people.mrz.checks')}</Text>
              {result.checks.map((c) => (
                <Group key={c.field} gap="xs">
                  <Badge color={c.ok ? 'green' : 'red'}>{c.ok ? t('people.mrz.checkOk') : t('people.mrz.checkFailed')}</Badge>
                  <Text size="sm" c={c.ok ? undefined : 'red'} fw={c.ok ? undefined : 700} data-check={c.field} data-ok={c.ok}>
                    {t(`people.mrz.fields.${c.field as 'documentNumber'}`, { defaultValue: c.field })}
                    {!c.ok && `: ${c.message}`}
                  </Text>
                </Group>
              ))}
              {result.flags.invalidCheckDigits && (
                <Alert color="red" role="alert" title={t('people.mrz.badCheckDigitTitle')}>
                  {t('people.mrz.badCheckDigit')}
                </Alert>
              )}
              {result.warnings
                .filter((w) => w.code !== 'CHECK_DIGIT')
                .map((w) => (
                  <Alert key={w.code} color="yellow">
                    {w.message}
                  </Alert>
                ))}
            </Stack>
          )}
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={3}>{t('people.register.person')}</Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
            <TextInput label={t('people.fields.surname')} dir="auto" value={draft.surname} onChange={set('surname')} />
            <TextInput label={t('people.fields.givenNames')} dir="auto" value={draft.givenNames} onChange={set('givenNames')} />
            <TextInput label={t('people.fields.originalName')} description={t('people.fields.originalNameHint')} dir="auto" value={draft.originalName} onChange={set('originalName')} />
            <Select
              label={t('people.fields.sex')}
              data={SEXES.map((value) => ({ value, label: t(`people.sexes.${value}`) }))}
              value={draft.sex}
              onChange={(value) => setDraft((current) => ({ ...current, sex: value ?? 'U' }))}
              allowDeselect={false}
            />
            <TextInput label={t('people.fields.dateOfBirth')} description={t('people.fields.dateOfBirthHint')} dir="ltr" value={draft.dateOfBirth} onChange={set('dateOfBirth')} />
            <TextInput label={t('people.fields.nationality')} description={t('people.fields.nationalityHint')} dir="ltr" maxLength={3} value={draft.nationality} onChange={set('nationality')} />
          </SimpleGrid>
          <Title order={4}>{t('people.register.document')}</Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
            <Select
              label={t('people.documents.kind')}
              data={DOCUMENT_KINDS.map((value) => ({ value, label: t(`people.documents.kinds.${value}`) }))}
              value={draft.kind}
              onChange={(value) => setDraft((current) => ({ ...current, kind: value ?? 'passport' }))}
              allowDeselect={false}
            />
            <TextInput label={t('people.documents.number')} dir="ltr" value={draft.number} onChange={set('number')} />
            <TextInput label={t('people.documents.issuingState')} dir="ltr" maxLength={3} value={draft.issuingState} onChange={set('issuingState')} />
            <TextInput label={t('people.documents.expiryDate')} dir="ltr" value={draft.expiryDate} onChange={set('expiryDate')} />
          </SimpleGrid>
          <Group>
            <Button onClick={() => check.mutate()} loading={check.isPending}>
              {t('people.register.check')}
            </Button>
          </Group>
          <ErrorAlert error={check.error} />
        </Stack>
      </Paper>
      {candidates && (
        <Stack gap="sm" aria-label={t('people.register.candidates')} role="region">
          <Title order={3}>{t('people.register.candidates')}</Title>
          {candidates.length === 0 && <Text>{t('people.register.noCandidates')}</Text>}
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            {candidates.map(({ person, score, reasons }) => (
              <PersonCard key={person.id} person={person}>
                <ScoreBar score={score} />
                <Reasons reasons={reasons} />
                <Group>
                  <Button size="xs" onClick={() => choose.mutate(person.id)} loading={choose.isPending}>
                    {t('people.register.thisIsThePerson')}
                  </Button>
                </Group>
              </PersonCard>
            ))}
          </SimpleGrid>
          <ErrorAlert error={choose.error} />
          <Group>
            <Button color="teal" onClick={() => register.mutate()} loading={register.isPending}>
              {candidates.length > 0 ? t('people.register.noneOfThese') : t('people.register.registerNew')}
            </Button>
          </Group>
          <ErrorAlert error={register.error} />
          {register.data?.documentError ? (
            <Alert color="red" title={t('people.register.documentRefused')} role="alert">
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{register.data.documentError instanceof Error ? register.data.documentError.message : ''}</Text>
                <Button size="xs" onClick={() => void navigate({ to: '/people/$id', params: { id: register.data!.person.id } })}>
                  {t('people.register.openRegistered')}
                </Button>
              </Stack>
            </Alert>
          ) : null}
        </Stack>
      )}
    </Stack>
  );
}
