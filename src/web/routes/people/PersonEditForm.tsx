/**
 * Changing a person: names, birth, nationalities, other names, contacts, addresses and sensitivity labels.
 * The form sends the version it read; when someone else saved in between (409) it says so and reloads the
 * latest record into the form, so nothing is overwritten or lost without the user knowing.
 */
import { Alert, Button, Checkbox, Divider, Group, Modal, Select, SimpleGrid, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors, fieldErrorsByPath, hasStatus } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { AddressesFields } from './AddressesFields';
import { ContactsFields } from './ContactsFields';
import { OtherNamesFields } from './OtherNamesFields';
import { LEGAL_STATUSES, personQuery, SEXES, type Address, type Contact, type OtherName, type Person } from './peopleApi';
import { SensitivityField } from './SensitivityField';

function optional(value: string | undefined): string | undefined {
  return value?.trim() ? value.trim() : undefined;
}

function cleanAddress(address: Address): Address {
  return {
    kind: address.kind,
    line: address.line.trim(),
    city: optional(address.city),
    country: optional(address.country),
    from: optional(address.from),
    to: optional(address.to),
  };
}

/** Rows left without their required text, keyed like the server's field errors (`contacts.1.value`). */
function incompleteRows(lists: { otherNames: OtherName[]; contacts: Contact[]; addresses: Address[] }, message: string) {
  const missing = [
    ...lists.otherNames.map((row, i) => (row.name.trim() ? null : `otherNames.${i}.name`)),
    ...lists.contacts.map((row, i) => (row.value.trim() ? null : `contacts.${i}.value`)),
    ...lists.addresses.map((row, i) => (row.line.trim() ? null : `addresses.${i}.line`)),
  ];
  return Object.fromEntries(missing.filter((path) => path !== null).map((path) => [path, message]));
}

interface FieldsProps {
  person: Person;
  reloaded: boolean;
  onReload: () => void;
  reloading: boolean;
  onClose: () => void;
}

function PersonEditFields({ person, reloaded, onReload, reloading, onClose }: FieldsProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [surname, setSurname] = useState(person.surname);
  const [givenNames, setGivenNames] = useState(person.givenNames);
  const [originalName, setOriginalName] = useState(person.originalName ?? '');
  const [sex, setSex] = useState<string | null>(person.sex);
  const [dateOfBirth, setDateOfBirth] = useState(person.dateOfBirth ?? '');
  const [estimated, setEstimated] = useState(person.dateOfBirthEstimated);
  const [placeOfBirth, setPlaceOfBirth] = useState(person.placeOfBirth ?? '');
  const [nationalities, setNationalities] = useState(person.nationalities);
  const [languages, setLanguages] = useState(person.languages);
  const [legalStatus, setLegalStatus] = useState<string | null>(person.legalStatus);
  const [otherNames, setOtherNames] = useState(person.otherNames);
  const [contacts, setContacts] = useState(person.contacts);
  const [addresses, setAddresses] = useState(person.addresses);
  const [sensitivity, setSensitivity] = useState(person.sensitivity);
  const [incomplete, setIncomplete] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: () =>
      api.patch<Person>(`/api/people/${person.id}`, {
        // The version read when the form opened, not whatever the page has refetched since.
        version: person.version,
        surname,
        givenNames,
        originalName: originalName.trim() || null,
        sex,
        dateOfBirth: dateOfBirth.trim() || null,
        dateOfBirthEstimated: estimated,
        placeOfBirth: placeOfBirth.trim() || null,
        nationalities: nationalities.map((n) => n.toUpperCase()),
        languages: languages.map((l) => l.toLowerCase()),
        legalStatus,
        otherNames: otherNames.map((n) => ({ ...n, name: n.name.trim() })),
        contacts: contacts.map((c) => ({ kind: c.kind, value: c.value.trim() })),
        addresses: addresses.map(cleanAddress),
        sensitivity,
      }),
    meta: { silent: true },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['people', 'person', person.id] });
      notifySuccess(t('people.edit.saved'));
      onClose();
    },
  });
  const conflict = hasStatus(save.error, 409);
  const conflictAlert = useRef<HTMLDivElement>(null);
  const reloadButton = useRef<HTMLButtonElement>(null);
  const reloadedNotice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // After a reload the fields are new: say so where the focus is.
    if (reloaded) {
      reloadedNotice.current?.focus();
    }
  }, [reloaded]);
  useEffect(() => {
    // The alert sits above the buttons of a long form: bring it into view and put the focus on its way out.
    if (conflict) {
      conflictAlert.current?.scrollIntoView({ block: 'center' });
      reloadButton.current?.focus({ preventScroll: true });
    }
  }, [conflict]);
  const errors = fieldErrors(save.error);
  // List rows need the full path (`addresses.1.from`), and the list itself only its own errors.
  const rowErrors = { ...fieldErrorsByPath(save.error), ...incomplete };
  // Row errors point at row numbers, which change when rows are added or removed.
  const listSetter =
    <T,>(set: (value: T[]) => void) =>
    (value: T[]) => {
      set(value);
      setIncomplete({});
      if (save.error && !conflict) {
        save.reset();
      }
    };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = incompleteRows({ otherNames, contacts, addresses }, t('people.edit.rowIncomplete'));
    setIncomplete(missing);
    if (Object.keys(missing).length === 0) {
      save.mutate();
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {reloaded && (
          <Alert ref={reloadedNotice} tabIndex={-1} color="blue" title={t('people.edit.reloadedTitle')} role="status">
            {t('people.edit.reloaded')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('people.fields.surname')} dir="auto" value={surname} onChange={(e) => setSurname(e.currentTarget.value)} error={errors.surname} />
          <TextInput label={t('people.fields.givenNames')} dir="auto" value={givenNames} onChange={(e) => setGivenNames(e.currentTarget.value)} error={errors.givenNames} />
          <TextInput label={t('people.fields.originalName')} dir="auto" value={originalName} onChange={(e) => setOriginalName(e.currentTarget.value)} error={errors.originalName} />
          <Select
            label={t('people.fields.sex')}
            data={SEXES.map((value) => ({ value, label: t(`people.sexes.${value}`) }))}
            value={sex}
            onChange={setSex}
            allowDeselect={false}
          />
          <TextInput
            label={t('people.fields.dateOfBirth')}
            description={t('people.fields.dateOfBirthHint')}
            dir="ltr"
            value={dateOfBirth}
            onChange={(e) => setDateOfBirth(e.currentTarget.value)}
            error={errors.dateOfBirth}
          />
          <Checkbox mt="xl" label={t('people.estimated')} checked={estimated} onChange={(e) => setEstimated(e.currentTarget.checked)} />
          <TextInput label={t('people.fields.placeOfBirth')} dir="auto" value={placeOfBirth} onChange={(e) => setPlaceOfBirth(e.currentTarget.value)} error={errors.placeOfBirth} />
          <Select
            label={t('people.fields.legalStatus')}
            data={LEGAL_STATUSES.map((value) => ({ value, label: t(`people.legalStatuses.${value}`) }))}
            value={legalStatus}
            onChange={setLegalStatus}
            clearable
          />
          <TagsInput
            label={t('people.fields.nationalities')}
            description={t('people.fields.nationalityHint')}
            dir="ltr"
            value={nationalities}
            onChange={setNationalities}
            error={errors.nationalities}
          />
          <TagsInput
            label={t('people.fields.languages')}
            description={t('people.fields.languagesHint')}
            dir="ltr"
            value={languages}
            onChange={setLanguages}
            error={errors.languages}
          />
        </SimpleGrid>
        <Divider />
        <OtherNamesFields value={otherNames} onChange={listSetter(setOtherNames)} errors={rowErrors} />
        <Divider />
        <ContactsFields value={contacts} onChange={listSetter(setContacts)} errors={rowErrors} />
        <Divider />
        <AddressesFields value={addresses} onChange={listSetter(setAddresses)} errors={rowErrors} />
        <Divider />
        <SensitivityField value={sensitivity} onChange={setSensitivity} error={errors.sensitivity} />
        {Object.keys(incomplete).length > 0 && (
          <Alert color="red" role="alert">
            {t('people.edit.incomplete')}
          </Alert>
        )}
        {conflict ? (
          <Alert ref={conflictAlert} color="red" title={t('people.edit.conflictTitle')} role="alert">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('people.edit.conflict')}</Text>
              <Button ref={reloadButton} size="xs" onClick={onReload} loading={reloading}>
                {t('people.edit.reload')}
              </Button>
            </Stack>
          </Alert>
        ) : (
          <ErrorAlert error={save.error} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} disabled={conflict}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A modal form over the person's own fields. */
export function PersonEditForm({ person, onClose }: { person: Person; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // The record as read when the form opened (or was reloaded after a conflict); a new one remounts the fields.
  const [base, setBase] = useState({ person, generation: 0 });
  const reload = useMutation({
    mutationFn: () => queryClient.fetchQuery(personQuery(person.id)),
    onSuccess: (fresh) => {
      void queryClient.invalidateQueries({ queryKey: ['people', 'person', person.id, 'history'] });
      setBase((current) => ({ person: fresh, generation: current.generation + 1 }));
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('people.edit.title')} size="xl">
      <PersonEditFields
        key={base.generation}
        person={base.person}
        reloaded={base.generation > 0}
        onReload={() => reload.mutate()}
        reloading={reload.isPending}
        onClose={onClose}
      />
    </Modal>
  );
}
