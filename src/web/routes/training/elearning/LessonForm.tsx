/**
 * The dialog that writes a lesson or a quiz: title, Markdown text with its preview, files uploaded to the
 * module and listed under the text, and for a quiz its questions (one choice, several, true/false).
 */
import {
  Button,
  FileButton,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { notifySuccess } from '../../../components/notify';
import { directionOf } from '../../../i18n';
import { useMe } from '../../../session';
import { MarkdownEditor } from '../../knowledge/markdown/MarkdownEditor';
import {
  questionBodyOf,
  questionDraft,
  questionProblems,
  type QuestionDraft,
} from '../questions/questionDraft';
import { QuestionFields } from '../questions/QuestionFields';
import {
  useSaveLesson,
  useUploadFile,
  type Lesson,
  type LessonBody,
  type LessonFile,
  type LessonKind,
} from './elearningApi';
import { LessonAttachments } from './LessonAttachments';

const QUIZ_KINDS = ['single', 'multiple', 'true-false'] as const;
const ACCEPTED_FILES = 'image/*,video/mp4,video/webm,application/pdf';

function QuizQuestions({
  drafts,
  onChange,
  problems,
}: {
  drafts: QuestionDraft[];
  onChange: (drafts: QuestionDraft[]) => void;
  problems: Record<string, string>[];
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Text fw={600}>{t('training.lessons.questions')}</Text>
      {drafts.map((draft, index) => (
        <Paper
          key={index}
          withBorder
          p="sm"
          role="group"
          aria-label={t('training.questions.numberPlain', { number: index + 1 })}
        >
          <Group justify="space-between" mb="xs">
            <Text size="sm" c="dimmed">
              {t('training.questions.numberPlain', { number: index + 1 })}
            </Text>
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              onClick={() => onChange(drafts.filter((_, i) => i !== index))}
              aria-label={t('common.removeNamed', {
                name: t('training.questions.numberPlain', { number: index + 1 }),
              })}
            >
              {t('common.remove')}
            </Button>
          </Group>
          <QuestionFields
            draft={draft}
            onChange={(changed) => onChange(drafts.map((d, i) => (i === index ? changed : d)))}
            kinds={QUIZ_KINDS}
            errors={problems[index] ?? {}}
          />
        </Paper>
      ))}
      <Group>
        <Button variant="light" size="sm" onClick={() => onChange([...drafts, questionDraft()])}>
          {t('training.questions.add')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The dialog; a new lesson goes after `position - 1` others. */
export function LessonForm({
  moduleId,
  lesson,
  kind,
  position,
  onClose,
}: {
  moduleId: string;
  lesson?: Lesson;
  kind: LessonKind;
  position: number;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const save = useSaveLesson(moduleId);
  const upload = useUploadFile(moduleId, me.csrfToken);
  const [lessonKind, setLessonKind] = useState<LessonKind>(lesson?.kind ?? kind);
  const [title, setTitle] = useState(lesson?.title ?? '');
  const [body, setBody] = useState(lesson?.body ?? '');
  const [files, setFiles] = useState<LessonFile[]>(lesson?.files ?? []);
  const [drafts, setDrafts] = useState<QuestionDraft[]>(() =>
    lesson
      ? lesson.questions.map((question) => questionDraft(question))
      : kind === 'quiz'
        ? [questionDraft()]
        : [],
  );
  const [problems, setProblems] = useState<Record<string, string>[]>([]);
  const errors = fieldErrors(save.error);
  const addFile = (file: File | null) => {
    if (file) {
      upload.mutate(file, {
        onSuccess: ({ id, url }) =>
          setFiles((all) => [...all, { id, url, name: file.name, contentType: file.type }]),
      });
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const quiz = lessonKind === 'quiz';
    const found = quiz ? drafts.map((draft) => questionProblems(draft, t)) : [];
    setProblems(found);
    if (found.some((p) => Object.keys(p).length > 0)) {
      return;
    }
    const fields: LessonBody = {
      kind: lessonKind,
      title: title.trim(),
      body,
      fileIds: files.map((file) => file.id),
      questions: quiz ? drafts.map(questionBodyOf) : [],
      position: lesson?.position ?? position,
    };
    save.mutate(
      { id: lesson?.id, body: fields },
      {
        onSuccess: () => {
          notifySuccess(t('training.lessons.saved', { title: fields.title }));
          onClose();
        },
      },
    );
  };
  const language = i18n.language;
  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={lesson ? t('training.lessons.editTitle', { title: lesson.title }) : t('training.lessons.new')}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {!lesson && (
            <SegmentedControl
              aria-label={t('training.lessons.kind')}
              data={[
                { value: 'lesson', label: t('training.lessonKinds.lesson') },
                { value: 'quiz', label: t('training.lessonKinds.quiz') },
              ]}
              value={lessonKind}
              onChange={(value) => {
                setLessonKind(value === 'quiz' ? 'quiz' : 'lesson');
                if (value === 'quiz' && drafts.length === 0) {
                  setDrafts([questionDraft()]);
                }
              }}
            />
          )}
          <TextInput
            label={t('training.fields.title')}
            required
            data-autofocus
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={errors.title}
          />
          <MarkdownEditor
            label={lessonKind === 'quiz' ? t('training.lessons.quizIntro') : t('training.lessons.body')}
            value={body}
            onChange={setBody}
            lang={language}
            dir={directionOf(language)}
            error={errors.body}
          />
          <LessonAttachments
            files={files}
            onRemove={(file) => setFiles(files.filter((f) => f.id !== file.id))}
          />
          <Group gap="sm">
            <FileButton onChange={addFile} accept={ACCEPTED_FILES}>
              {(props) => (
                <Button {...props} variant="default" loading={upload.isPending}>
                  {t('training.lessons.upload')}
                </Button>
              )}
            </FileButton>
            <Text size="xs" c="dimmed">
              {t('training.lessons.uploadHint')}
            </Text>
          </Group>
          <ErrorAlert error={upload.error} />
          {lessonKind === 'quiz' && (
            <QuizQuestions drafts={drafts} onChange={setDrafts} problems={problems} />
          )}
          <ErrorAlert error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={upload.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
