/** Shapes, queries and changes of courses and their question bank (/api/training/courses, /questions). */
import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../../../api';
import type { GainSummary } from '../sessions/sessionsApi';

export const QUESTION_KINDS = ['single', 'multiple', 'true-false', 'short'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const COURSE_LEVELS = [1, 2, 3] as const;
export type CourseLevel = (typeof COURSE_LEVELS)[number];

export interface QuestionOption {
  id: string;
  text: string;
  /** Absent where the answers must not be shown (public tests, a learner's quiz). */
  correct?: boolean;
}

/** A question of the bank (or of a quiz lesson, which has the same shape without `short`). */
export interface Question {
  id: string;
  kind: QuestionKind;
  text: string;
  options: QuestionOption[];
  partialCredit: boolean;
  points: number;
  active: boolean;
}

/** What a question is written as: options without ids (the server gives them). */
export interface QuestionBody {
  kind: QuestionKind;
  text: string;
  options: { text: string; correct: boolean }[];
  partialCredit: boolean;
  points: number;
  active?: boolean;
}

export interface CourseBody {
  code: string;
  title: string;
  description: string;
  objectives: string[];
  level: CourseLevel | null;
  /** Percent of the post-test a certificate needs. */
  passMark: number;
  /** Percent of the session days a certificate needs. */
  attendanceThreshold: number;
  active: boolean;
}

export interface Course extends CourseBody {
  id: string;
}

/** One course with its question bank (retired questions included, marked inactive). */
export interface CourseWithQuestions extends Course {
  questions: Question[];
}

/** The knowledge gain of a course: per session and over all of them. */
export interface CourseGain {
  sessions: { sessionId: string; title: string; startDate: string; summary: GainSummary }[];
  summary: GainSummary;
}

/** Every course (the lists and pickers filter the inactive ones where they must). */
export const coursesQuery = queryOptions({
  queryKey: ['training', 'courses'],
  queryFn: async () => (await api.get<{ courses: Course[] }>('/api/training/courses')).courses,
});

/** One course with its questions. */
export function courseQuery(id: string) {
  return queryOptions({
    queryKey: ['training', 'courses', id],
    queryFn: () => api.get<CourseWithQuestions>(`/api/training/courses/${id}`),
  });
}

/** The course's knowledge gain, per session and overall. */
export function courseGainQuery(id: string) {
  return queryOptions({
    queryKey: ['training', 'courses', id, 'gain'],
    queryFn: () => api.get<CourseGain>(`/api/training/courses/${id}/gain`),
  });
}

function refreshCourses(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: ['training', 'courses'] });
}

/** Creates a course (no id) or changes one. Failures name the field, so the form shows them (silent here). */
export function useSaveCourse(id: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CourseBody) =>
      id
        ? api.put<Course>(`/api/training/courses/${id}`, body)
        : api.post<Course>('/api/training/courses', body),
    meta: { silent: true },
    onSuccess: () => refreshCourses(queryClient),
  });
}

/** Adds a question to a course's bank (no id) or changes one; `active: false` retires it. */
export function useSaveQuestion(courseId: string, id: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: QuestionBody) =>
      id
        ? api.put<Question>(`/api/training/questions/${id}`, body)
        : api.post<Question>(`/api/training/courses/${courseId}/questions`, body),
    meta: { silent: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: courseQuery(courseId).queryKey }),
  });
}

/** The body that writes a question back as it is, with some fields changed (retire, restore). */
export function questionBody(question: Question, patch: Partial<QuestionBody> = {}): QuestionBody {
  return {
    kind: question.kind,
    text: question.text,
    options: question.options.map((option) => ({ text: option.text, correct: option.correct ?? false })),
    partialCredit: question.partialCredit,
    points: question.points,
    active: question.active,
    ...patch,
  };
}
