/**
 * Booking an interpreter: the language, day and hours (and way of working) find who is free; the chosen
 * interpreter is booked for an asylum interview, a case meeting or other work. Opened from an interpreter's
 * page, it books that interpreter directly. The server's refusal of an overlap is shown as it says it;
 * outside the interpreter's availability it asks for confirmation.
 */
import { Alert, Button, Fieldset, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldErrors } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { FreeInterpreters } from './FreeInterpreters';
import { localDay, localInstant, usePeriodFormat } from './interpreterFormat';
import {
  availableQuery,
  interpreterQuery,
  MODALITIES,
  PURPOSE_KINDS,
  useBook,
  type Modality,
  type PurposeKind,
} from './interpretersApi';
import { LanguageSelect, useLanguageName } from './languages';

const route = getRouteApi('/app/interpreters/new-booking');

interface When {
  language: string | null;
  date: string;
  start: string;
  end: string;
  modality: Modality;
}

/** True when the server asks to confirm a booking outside the interpreter's availability. */
const asksConfirmation = (error: unknown) =>
  error instanceof ApiError && error.fields.some((f) => f.field === 'confirmOutsideAvailability');

/** The page; another interpreter in the address starts a new form. */
export function BookPage() {
  const search = route.useSearch();
  return <BookForm key={search.interpreterId ?? 'any'} search={search} />;
}

function BookForm({ search }: { search: { interpreterId?: string; language?: string } }) {
  const { t } = useTranslation();
  const nameOf = useLanguageName();
  const format = usePeriodFormat();
  const preset = useQuery({
    ...interpreterQuery(search.interpreterId ?? ''),
    enabled: !!search.interpreterId,
  });
  const [when, setWhen] = useState<When>({
    language: search.language ?? null,
    date: localDay(1),
    start: '10:00',
    end: '11:00',
    modality: 'in-person',
  });
  const [searched, setSearched] = useState<When | null>(null);
  const [chosen, setChosen] = useState<string | null>(search.interpreterId ?? null);
  // Kept apart: once booked, the interpreter leaves the list of free ones.
  const [chosenName, setChosenName] = useState<string | undefined>(undefined);
  const [purpose, setPurpose] = useState<{
    kind: PurposeKind;
    reference: string;
    label: string;
    place: string;
  }>({ kind: 'asylum-interview', reference: '', label: '', place: '' });
  const book = useBook();
  const period = (w: When) => ({
    startsAt: localInstant(w.date, w.start),
    endsAt: localInstant(w.date, w.end),
  });
  const free = useQuery({
    ...availableQuery({
      language: searched?.language ?? '',
      ...(searched ? period(searched) : { startsAt: '', endsAt: '' }),
      modality: searched?.modality,
    }),
    enabled: !!searched?.language,
  });
  const set = (patch: Partial<When>) => {
    setWhen((w) => ({ ...w, ...patch }));
    book.reset();
  };
  const find = (event: FormEvent) => {
    event.preventDefault();
    setSearched(when);
    setChosen(null);
    book.reset();
  };
  const submit = (confirmOutsideAvailability: boolean) => {
    if (!chosen || !when.language) {
      return;
    }
    book.mutate(
      {
        interpreterId: chosen,
        ...period(when),
        language: when.language,
        modality: when.modality,
        purpose: { kind: purpose.kind, reference: purpose.reference, label: purpose.label },
        place: purpose.place,
        confirmOutsideAvailability,
      },
      {
        onSuccess: (booking) =>
          notifySuccess(t('interpreters.book.booked', { name: booking.interpreterName })),
      },
    );
  };
  const errors = fieldErrors(book.error);
  const presetLanguages = preset.data?.languages ?? [];
  const choose = (id: string) => {
    setChosen(id);
    setChosenName(free.data?.interpreters.find((i) => i.id === id)?.name);
    book.reset();
  };
  return (
    <Stack gap="md" maw={900}>
      <Text>{t('interpreters.book.intro')}</Text>
      <form onSubmit={find} noValidate aria-label={t('interpreters.tabs.book')}>
        <Group align="flex-end" wrap="wrap">
          {search.interpreterId ? (
            <Select
              label={t('interpreters.fields.language')}
              required
              data={presetLanguages.map((l) => ({ value: l.code, label: nameOf(l) }))}
              value={when.language}
              onChange={(language) => set({ language })}
              w={260}
              error={errors.language}
            />
          ) : (
            <LanguageSelect
              label={t('interpreters.fields.language')}
              required
              value={when.language}
              onChange={(language) => set({ language })}
              w={280}
              error={errors.language}
            />
          )}
          <TextInput
            type="date"
            dir="ltr"
            required
            label={t('interpreters.fields.date')}
            value={when.date}
            onChange={(e) => set({ date: e.currentTarget.value })}
            w={170}
          />
          <TextInput
            type="time"
            dir="ltr"
            required
            label={t('interpreters.fields.from')}
            value={when.start}
            onChange={(e) => set({ start: e.currentTarget.value })}
            error={errors.startsAt}
            w={140}
          />
          <TextInput
            type="time"
            dir="ltr"
            required
            label={t('interpreters.fields.to')}
            value={when.end}
            onChange={(e) => set({ end: e.currentTarget.value })}
            error={errors.endsAt}
            w={140}
          />
          <Select
            label={t('interpreters.fields.modality')}
            data={MODALITIES.map((m) => ({ value: m, label: t(`interpreters.modality.${m}`) }))}
            value={when.modality}
            onChange={(m) => set({ modality: (m as Modality | null) ?? 'in-person' })}
            allowDeselect={false}
            w={170}
            error={errors.modality}
          />
          {!search.interpreterId && (
            <Button type="submit" disabled={!when.language}>
              {t('interpreters.book.find')}
            </Button>
          )}
        </Group>
      </form>

      {searched && !search.interpreterId && (
        <FreeInterpreters free={free} chosen={chosen} onChoose={choose} />
      )}

      {chosen && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit(false);
          }}
          noValidate
        >
          <Fieldset legend={`${t('interpreters.book.details')} · ${preset.data?.name ?? chosenName ?? ''}`}>
            <Stack gap="sm">
              <Group align="flex-start" wrap="wrap">
                <Select
                  label={t('interpreters.fields.purposeKind')}
                  data={PURPOSE_KINDS.map((k) => ({ value: k, label: t(`interpreters.purpose.${k}`) }))}
                  value={purpose.kind}
                  onChange={(kind) =>
                    setPurpose((p) => ({ ...p, kind: (kind as PurposeKind | null) ?? 'other' }))
                  }
                  allowDeselect={false}
                  w={220}
                />
                <TextInput
                  label={t('interpreters.fields.reference')}
                  description={t('interpreters.book.referenceHint')}
                  dir="ltr"
                  value={purpose.reference}
                  onChange={(e) => setPurpose({ ...purpose, reference: e.currentTarget.value })}
                  w={260}
                />
                <TextInput
                  label={t('interpreters.fields.label')}
                  value={purpose.label}
                  onChange={(e) => setPurpose({ ...purpose, label: e.currentTarget.value })}
                  w={220}
                />
              </Group>
              <TextInput
                label={t('interpreters.fields.place')}
                value={purpose.place}
                onChange={(e) => setPurpose({ ...purpose, place: e.currentTarget.value })}
              />
              {asksConfirmation(book.error) ? (
                <Alert color="yellow" title={t('interpreters.book.confirmTitle')}>
                  <Stack gap="xs">
                    <Text size="sm">{(book.error as ApiError).message}</Text>
                    <Button
                      color="yellow"
                      w="fit-content"
                      onClick={() => submit(true)}
                      loading={book.isPending}
                    >
                      {t('interpreters.book.bookAnyway')}
                    </Button>
                  </Stack>
                </Alert>
              ) : (
                <ErrorAlert error={book.error} />
              )}
              {book.isSuccess && (
                <Alert color="green" role="status">
                  {t('interpreters.book.booked', { name: book.data.interpreterName })} ·{' '}
                  {format.period(book.data.startsAt, book.data.endsAt)}
                </Alert>
              )}
              <Button
                type="submit"
                w="fit-content"
                loading={book.isPending}
                disabled={!when.language || book.isSuccess}
              >
                {t('interpreters.book.submit')}
              </Button>
            </Stack>
          </Fieldset>
        </form>
      )}
    </Stack>
  );
}
