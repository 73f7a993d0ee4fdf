/** A question as a coordinator edits it, what the server is sent for it, and what to fix before saving. */
import type { TFunction } from 'i18next';
import type { Question, QuestionBody, QuestionKind } from '../courses/coursesApi';

export interface QuestionDraft {
  kind: QuestionKind;
  text: string;
  options: { text: string; correct: boolean }[];
  partialCredit: boolean;
  points: number;
  /** The right answer of a true/false question. */
  trueIsCorrect: boolean;
}

/** A draft to edit: the question as it is, or a new single-choice question. */
export function questionDraft(
  question?: Pick<Question, 'kind' | 'text' | 'options' | 'partialCredit' | 'points'>,
): QuestionDraft {
  if (!question) {
    return {
      kind: 'single',
      text: '',
      options: [
        { text: '', correct: true },
        { text: '', correct: false },
      ],
      partialCredit: false,
      points: 1,
      trueIsCorrect: true,
    };
  }
  return {
    kind: question.kind,
    text: question.text,
    options: question.options.map((option) => ({ text: option.text, correct: option.correct ?? false })),
    partialCredit: question.partialCredit,
    points: question.points,
    trueIsCorrect: question.kind === 'true-false' ? (question.options[0]?.correct ?? true) : true,
  };
}

/** What the server is sent: choice options as written, True then False, or none for a short answer. */
export function questionBodyOf(draft: QuestionDraft): QuestionBody {
  const options = (() => {
    switch (draft.kind) {
      case 'single':
      case 'multiple':
        return draft.options.map((option) => ({ text: option.text.trim(), correct: option.correct }));
      case 'true-false':
        return [
          { text: 'True', correct: draft.trueIsCorrect },
          { text: 'False', correct: !draft.trueIsCorrect },
        ];
      case 'short':
        return [];
    }
  })();
  return {
    kind: draft.kind,
    text: draft.text.trim(),
    options,
    partialCredit: draft.kind === 'multiple' && draft.partialCredit,
    points: draft.points,
  };
}

/** Problems the coordinator can fix before saving, by field (`text`, `options`, `points`). */
export function questionProblems(draft: QuestionDraft, t: TFunction): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!draft.text.trim()) {
    problems.text = t('training.questions.problems.text');
  }
  if (!Number.isInteger(draft.points) || draft.points < 1) {
    problems.points = t('training.questions.problems.points');
  }
  if (draft.kind === 'single' || draft.kind === 'multiple') {
    const correct = draft.options.filter((option) => option.correct).length;
    if (draft.options.length < 2 || draft.options.some((option) => !option.text.trim())) {
      problems.options = t('training.questions.problems.options');
    } else if (draft.kind === 'single' && correct !== 1) {
      problems.options = t('training.questions.problems.single');
    } else if (draft.kind === 'multiple' && correct < 1) {
      problems.options = t('training.questions.problems.multiple');
    }
  }
  return problems;
}
