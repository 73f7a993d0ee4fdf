/**
 * A wristband read back (a scanner types the number and Enter): who it is, where they were sent, and the full
 * registration that completes the same record, with the registry's possible matches (identity resolution).
 */
import { Alert, Anchor, Badge, Button, Card, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors, hasStatus } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Ltr } from '../../../components/Ltr';
import { useFormat } from '../../../format';
import { personQuery, type PersonSummary } from '../../people/peopleApi';
import { useReceptionWrite } from '../centres/centresApi';
import { DialogForm } from '../../../components/DialogForm';
import { personName } from '../PersonPicker';
import { TRIAGE_FLAGS, type Registration } from './influxApi';

interface Completed {
  registration: Registration;
  person: PersonSummary;
  candidates: { person: PersonSummary; score: number; reasons: string[] }[];
}

function CompleteDialog({ registration, onClose, onDone }: { registration: Registration; onClose: () => void; onDone: (result: Completed) => void }) {
  const { t } = useTranslation();
  const person = useQuery(personQuery(registration.personId));
  const [draft, setDraft] = useState({ surname: '', givenNames: '', dateOfBirth: '', nationalities: registration.nationality ?? '' });
  const complete = useReceptionWrite((body: Record<string, unknown>) => api.post<Completed>(`/api/reception/influx/registrations/${registration.id}/complete`, body));
  const errors = fieldErrors(complete.error);
  const field = (key: 'surname' | 'givenNames' | 'dateOfBirth' | 'nationalities', value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const loaded = person.data;
  return (
    <DialogForm
      title={t('reception.complete.title', { wristband: registration.wristband })}
      onClose={onClose}
      error={complete.error ?? person.error}
      pending={complete.isPending}
      saveLabel={t('reception.complete.submit')}
      onSubmit={() =>
        complete.mutate(
          {
            version: loaded?.version ?? 0,
            person: {
              surname: draft.surname.trim() || loaded?.surname || undefined,
              givenNames: draft.givenNames.trim() || loaded?.givenNames || undefined,
              dateOfBirth: draft.dateOfBirth || undefined,
              nationalities: draft.nationalities.split(/[\s,]+/).filter(Boolean).map((n) => n.toUpperCase()),
            },
          },
          { onSuccess: onDone },
        )
      }
    >
      <Text size="sm">{t('reception.complete.intro', { name: registration.nameAsGiven })}</Text>
      <TextInput label={t('reception.complete.surname')} dir="auto" data-autofocus placeholder={loaded?.surname} value={draft.surname} onChange={(e) => field('surname', e.currentTarget.value)} error={errors.person} />
      <TextInput label={t('reception.complete.givenNames')} dir="auto" placeholder={loaded?.givenNames} value={draft.givenNames} onChange={(e) => field('givenNames', e.currentTarget.value)} />
      <TextInput type="date" dir="ltr" label={t('reception.complete.dateOfBirth')} value={draft.dateOfBirth} onChange={(e) => field('dateOfBirth', e.currentTarget.value)} />
      <TextInput label={t('reception.complete.nationalities')} description={t('reception.complete.nationalitiesHint')} dir="ltr" value={draft.nationalities} onChange={(e) => field('nationalities', e.currentTarget.value)} />
    </DialogForm>
  );
}

function RegistrationCard({ registration }: { registration: Registration }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [completing, setCompleting] = useState(false);
  const [completed, setCompleted] = useState<Completed | null>(null);
  const current = completed?.registration ?? registration;
  return (
    <Card withBorder padding="sm" data-testid="wristband-found">
      <Group gap="sm" align="flex-start">
        <img src={current.qr.svg} alt={t('reception.wristbands.qrOf', { number: current.wristband })} width={96} height={96} />
        <Stack gap={2} style={{ flex: 1 }}>
          <Text fw={700}><Ltr mono>{current.wristband}</Ltr> · <span dir="auto">{current.nameAsGiven}</span></Text>
          <Text size="sm">
            {t('reception.wristbands.centre', { centre: current.centre.name })}
            {current.bed ? ` · ${t('reception.wristbands.bed', { bed: current.bed.label })}` : ''}
          </Text>
          <Text size="sm">{t('reception.complete.arrived', { when: format.dateTime(current.arrivedAt) })}</Text>
          <Group gap={4}>
            {TRIAGE_FLAGS.filter((flag) => current.triage[flag]).map((flag) => (
              <Badge key={flag} variant="light" color={flag === 'medicalUrgency' ? 'red' : 'blue'}>{t(`reception.triage.${flag}`)}</Badge>
            ))}
            {current.completedAt && <Badge color="green">{t('reception.complete.done')}</Badge>}
          </Group>
          <Group gap="sm">
            <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/reception/people/$personId" params={{ personId: current.personId }} />}>
              {t('asylum.minors.personPage')}
            </Anchor>
            {!current.completedAt && (
              <Button size="xs" variant="light" onClick={() => setCompleting(true)}>{t('reception.complete.open')}</Button>
            )}
          </Group>
        </Stack>
      </Group>
      {completed && (
        <Alert mt="sm" color={completed.candidates.length > 0 ? 'orange' : 'green'} title={t('reception.complete.candidates', { count: completed.candidates.length })}>
          {completed.candidates.length > 0 && (
            <List size="sm">
              {completed.candidates.map((c) => (
                <List.Item key={c.person.id}>
                  <Anchor renderRoot={(props) => <Link {...props} to="/people/$id" params={{ id: c.person.id }} />}>
                    <span dir="auto">{personName(c.person)}</span>
                  </Anchor>{' '}
                  · <Ltr mono>{c.person.registrationNumber}</Ltr> · {Math.round(c.score * 100) / 100}
                </List.Item>
              ))}
            </List>
          )}
          {completed.candidates.length > 0 && <Text size="sm" mt={4}>{t('reception.complete.mergeHint')}</Text>}
        </Alert>
      )}
      {completing && (
        <CompleteDialog
          registration={current}
          onClose={() => setCompleting(false)}
          onDone={(result) => {
            setCompleted(result);
            setCompleting(false);
          }}
        />
      )}
    </Card>
  );
}

/** The lookup form and what it found. */
export function WristbandLookup() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [number, setNumber] = useState('');
  const found = useQuery({
    queryKey: ['reception', 'influx', 'wristband', number],
    queryFn: () => api.get<Registration>(`/api/reception/influx/wristbands/${encodeURIComponent(number)}`),
    enabled: number !== '',
    retry: false,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNumber(text.trim().toUpperCase());
  };
  return (
    <Stack gap="sm">
      <form role="search" aria-label={t('reception.complete.lookup')} onSubmit={submit}>
        <Group align="flex-end" gap="sm">
          <TextInput label={t('reception.complete.lookup')} description={t('reception.complete.lookupHint')} dir="ltr" value={text} onChange={(e) => setText(e.currentTarget.value)} />
          <Button type="submit" variant="light" loading={found.isFetching}>{t('reception.person.find')}</Button>
        </Group>
      </form>
      {hasStatus(found.error, 404) ? <Text c="dimmed">{t('reception.complete.notFound', { number })}</Text> : <ErrorAlert error={found.error} />}
      {found.data && <RegistrationCard key={found.data.id} registration={found.data} />}
    </Stack>
  );
}
