/** Shapes, queries and changes of e-learning modules, their lessons and files, and a learner's progress. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api';
import { uploadList } from '../../border/watchlists/watchlistsApi';
import type { Question, QuestionBody } from '../courses/coursesApi';
import type { Answer } from '../sessions/sessionsApi';

export const LESSON_KINDS = ['lesson', 'quiz'] as const;
export type LessonKind = (typeof LESSON_KINDS)[number];

/** A file uploaded to a module (image, PDF, video), shown under the lesson that lists it. */
export interface LessonFile {
  id: string;
  name: string;
  contentType: string;
  url: string;
  size?: number;
}

export interface Lesson {
  id: string;
  position: number;
  kind: LessonKind;
  title: string;
  /** Markdown (paragraphs, lists, bold, italic, links). */
  body: string;
  files: LessonFile[];
  /** A quiz's questions; for a learner without the right answers. */
  questions: Question[];
}

/** Where the caller is in a module. */
export interface ModuleProgress {
  /** The last lesson opened (the first lesson before any). */
  lastLessonId: string | null;
  doneLessonIds: string[];
  /** The best percent of each quiz taken, by lesson id. */
  quizScores: Record<string, number>;
  completedAt: string | null;
}

export interface ModuleBody {
  code: string;
  title: string;
  description: string;
  /** Percent a quiz needs. */
  passMark: number;
  active: boolean;
}

/** A module in the list, with the caller's progress in it. */
export interface ElearningModule extends ModuleBody {
  id: string;
  /** How many lessons (and quizzes) it has. */
  lessons: number;
  /** How many of them the caller has done. */
  done: number;
  completedAt: string | null;
  /** Null until the caller opens a lesson. */
  lastLessonId: string | null;
}

/** One module with its lessons in order and the caller's progress. */
export interface ModuleWithLessons extends ModuleBody {
  id: string;
  lessons: Lesson[];
  progress: ModuleProgress;
}

export interface LessonBody {
  kind: LessonKind;
  title: string;
  body: string;
  fileIds: string[];
  questions: QuestionBody[];
  position: number;
}

export interface LearnerCompletion {
  userId: string;
  name: string;
  organisation: string;
  done: number;
  /** Lessons in the module. */
  lessons: number;
  completedAt: string | null;
  updatedAt: string;
}

export interface OrganisationCompletion {
  organisation: string;
  started: number;
  completed: number;
}

export interface ModuleCompletion {
  learners: LearnerCompletion[];
  organisations: OrganisationCompletion[];
}

/** The modules with the caller's progress in each. */
export const modulesQuery = queryOptions({
  queryKey: ['training', 'modules'],
  queryFn: async () => (await api.get<{ modules: ElearningModule[] }>('/api/training/modules')).modules,
});

/** One module with its lessons in order and the caller's progress. */
export function moduleQuery(id: string) {
  return queryOptions({
    queryKey: ['training', 'modules', id],
    queryFn: async () => {
      const module = await api.get<ModuleWithLessons>(`/api/training/modules/${id}`);
      return { ...module, lessons: [...module.lessons].sort((a, b) => a.position - b.position) };
    },
  });
}

/** Who has started and finished a module, per learner and per organisation. */
export function completionQuery(id: string) {
  return queryOptions({
    queryKey: ['training', 'modules', id, 'completion'],
    queryFn: () => api.get<ModuleCompletion>(`/api/training/modules/${id}/completion`),
  });
}

/** Creates a module; field errors are shown by the form (silent here). */
export function useCreateModule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ModuleBody) => api.post<ModuleBody & { id: string }>('/api/training/modules', body),
    meta: { silent: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: modulesQuery.queryKey }),
  });
}

/** Adds a lesson (no id) or changes one (its text, files, questions or position). */
export function useSaveLesson(moduleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: LessonBody }) =>
      id
        ? api.put<Lesson>(`/api/training/modules/${moduleId}/lessons/${id}`, body)
        : api.post<Lesson>(`/api/training/modules/${moduleId}/lessons`, body),
    meta: { silent: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['training', 'modules'] }),
  });
}

/** Uploads a file to the module (multipart field `file`) and answers its id and address. */
export function useUploadFile(moduleId: string, csrf: string | undefined) {
  return useMutation({
    mutationFn: (file: File) =>
      uploadList<{ id: string; url: string }>(`/api/training/modules/${moduleId}/files`, file, csrf),
    meta: { silent: true },
  });
}

/** The lesson written back as it is, with some fields changed (for moving it). */
export function lessonBody(lesson: Lesson, patch: Partial<LessonBody> = {}): LessonBody {
  return {
    kind: lesson.kind,
    title: lesson.title,
    body: lesson.body,
    fileIds: lesson.files.map((file) => file.id),
    questions: lesson.questions.map((question) => ({
      kind: question.kind,
      text: question.text,
      options: question.options.map((option) => ({ text: option.text, correct: option.correct ?? false })),
      partialCredit: question.partialCredit,
      points: question.points,
    })),
    position: lesson.position,
    ...patch,
  };
}

/**
 * Records that the learner opened a lesson (where "continue" leads next time). The cached module learns the
 * place at once, so coming back to the module within this page never resumes (and records) an older lesson.
 */
export function useOpenLesson(moduleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (lessonId: string) =>
      api.post<unknown>(`/api/training/modules/${moduleId}/lessons/${lessonId}/open`),
    onMutate: (lessonId) => {
      queryClient.setQueryData(moduleQuery(moduleId).queryKey, (module) =>
        module
          ? {
              ...module,
              progress: { ...module.progress, lastLessonId: lessonId },
            }
          : module,
      );
    },
    // Losing the place is no reason to interrupt the reader.
    meta: { silent: true },
  });
}

/** What marking a lesson done answers: for a quiz its score and whether it passed (done only when passed). */
export interface LessonDone {
  lessonId: string;
  done: boolean;
  quiz: { percent: number; passed: boolean } | null;
  completedAt: string | null;
}

/** Marks a lesson done, or submits a quiz's answers and answers the score. */
export function useLessonDone(moduleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ lessonId, answers }: { lessonId: string; answers?: Record<string, Answer> }) =>
      api.post<LessonDone>(
        `/api/training/modules/${moduleId}/lessons/${lessonId}/done`,
        answers ? { answers } : {},
      ),
    meta: { silent: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['training', 'modules'] }),
  });
}

/** Lessons done out of all, as a whole percent. */
export function progressPercent(done: number, total: number): number {
  return total === 0 ? 0 : Math.round((done / total) * 100);
}
