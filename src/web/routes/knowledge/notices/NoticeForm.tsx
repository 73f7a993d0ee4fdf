/** Writing or changing a kiosk notice: kind, validity, and per language a title and a Markdown body with preview. */
import { Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../api';
import { notifySuccess } from '../../../components/notify';
import { today } from '../calls/callsApi';
import { NOTICE_KINDS, type PublicLanguage } from '../knowledgeApi';
import { directionOfLanguage, LanguageTabs } from '../LanguageTabs';
import { MarkdownEditor } from '../markdown/MarkdownEditor';
import { useSaveNotice, type Notice, type NoticeBody, type NoticeText } from './noticesApi';
import { FormActions } from '../../../components/FormActions';

const EMPTY: NoticeText = { title: '', body: '' };

/** A modal form; `notice` given means edit (its status is kept), absent means a new draft. */
export function NoticeForm({
  siteId,
  notice,
  languages,
  onClose,
}: {
  siteId: string;
  notice?: Notice;
  languages: readonly PublicLanguage[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<NoticeBody>(() =>
    notice
      ? {
          kind: notice.kind,
          translations: notice.translations,
          validFrom: notice.validFrom,
          validTo: notice.validTo,
        }
      : { kind: 'opening-hours', translations: {}, validFrom: today(), validTo: null },
  );
  const save = useSaveNotice(siteId);
  const errors = fieldErrors(save.error);
  const text = (code: string) => draft.translations[code] ?? EMPTY;
  const setText = (code: string, patch: Partial<NoticeText>) =>
    setDraft({ ...draft, translations: { ...draft.translations, [code]: { ...text(code), ...patch } } });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const translations = Object.fromEntries(
      Object.entries(draft.translations)
        .map(([code, value]) => [code, { title: value.title.trim(), body: value.body.trim() }] as const)
        .filter(([, value]) => value.title || value.body),
    );
    save.mutate(
      { ...draft, translations, id: notice?.id, status: notice?.status },
      {
        onSuccess: () => {
          notifySuccess(t('knowledge.notices.saved'));
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      opened
      onClose={onClose}
      size="90rem"
      title={notice ? t('knowledge.notices.edit') : t('knowledge.notices.new')}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Select
              label={t('knowledge.notices.kind')}
              required
              allowDeselect={false}
              data={NOTICE_KINDS.map((value) => ({ value, label: t(`knowledge.noticeKinds.${value}`) }))}
              value={draft.kind}
              onChange={(value) =>
                setDraft({ ...draft, kind: NOTICE_KINDS.find((k) => k === value) ?? draft.kind })
              }
              error={errors.kind}
            />
            <TextInput
              type="date"
              dir="ltr"
              label={t('knowledge.notices.validFrom')}
              required
              value={draft.validFrom}
              onChange={(event) => setDraft({ ...draft, validFrom: event.currentTarget.value })}
              error={errors.validFrom}
            />
            <TextInput
              type="date"
              dir="ltr"
              label={t('knowledge.notices.validTo')}
              description={t('knowledge.notices.validToHint')}
              value={draft.validTo ?? ''}
              onChange={(event) => setDraft({ ...draft, validTo: event.currentTarget.value || null })}
              error={errors.validTo}
            />
          </SimpleGrid>
          <LanguageTabs
            languages={languages}
            label={t('knowledge.editor.languages')}
            marked={(code) => !!(text(code).title.trim() || text(code).body.trim())}
            markLabel={t('knowledge.editor.written')}
          >
            {(language) => (
              <Stack gap="sm">
                <TextInput
                  label={t('knowledge.notices.titleIn', { language: language.nativeName })}
                  lang={language.code}
                  dir={directionOfLanguage(language)}
                  value={text(language.code).title}
                  onChange={(event) => setText(language.code, { title: event.currentTarget.value })}
                />
                <MarkdownEditor
                  label={t('knowledge.notices.bodyIn', { language: language.nativeName })}
                  lang={language.code}
                  dir={directionOfLanguage(language)}
                  value={text(language.code).body}
                  onChange={(body) => setText(language.code, { body })}
                />
              </Stack>
            )}
          </LanguageTabs>
          <FormActions error={save.error} pending={save.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
