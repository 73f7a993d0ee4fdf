import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { givenAnswers, isAnswered } from './answers';
import { questionBodyOf, questionDraft, questionProblems } from './questionDraft';

// The key stands for the message, so a test reads which problem was found.
const t = ((key: string) => key) as unknown as TFunction;

describe('question drafts', () => {
  it('sends true/false as True then False, with the right one marked', () => {
    const body = questionBodyOf({
      ...questionDraft(),
      kind: 'true-false',
      text: ' Is it? ',
      trueIsCorrect: false,
    });
    expect(body).toMatchObject({
      kind: 'true-false',
      text: 'Is it?',
      options: [
        { text: 'True', correct: false },
        { text: 'False', correct: true },
      ],
    });
  });

  it('reads a stored true/false question back with its right answer', () => {
    const draft = questionDraft({
      kind: 'true-false',
      text: 'Is it?',
      options: [
        { id: 'true', text: 'True', correct: false },
        { id: 'false', text: 'False', correct: true },
      ],
      partialCredit: false,
      points: 1,
    });
    expect(draft.trueIsCorrect).toBe(false);
  });

  it('keeps partial credit for several choices only, and sends no options for a short answer', () => {
    const draft = { ...questionDraft(), text: 'Which?', partialCredit: true };
    expect(questionBodyOf(draft).partialCredit).toBe(false);
    expect(questionBodyOf({ ...draft, kind: 'multiple' }).partialCredit).toBe(true);
    expect(questionBodyOf({ ...draft, kind: 'short' }).options).toEqual([]);
  });

  it('names what to fix: the text, empty options, and how many are right', () => {
    const empty = questionDraft();
    expect(questionProblems(empty, t)).toEqual({
      text: 'training.questions.problems.text',
      options: 'training.questions.problems.options',
    });
    const two = [
      { text: 'A', correct: true },
      { text: 'B', correct: true },
    ];
    expect(questionProblems({ ...empty, text: 'Q', options: two }, t)).toEqual({
      options: 'training.questions.problems.single',
    });
    expect(questionProblems({ ...empty, kind: 'multiple', text: 'Q', options: two }, t)).toEqual({});
    const none = two.map((option) => ({ ...option, correct: false }));
    expect(questionProblems({ ...empty, kind: 'multiple', text: 'Q', options: none }, t)).toEqual({
      options: 'training.questions.problems.multiple',
    });
    expect(questionProblems({ ...empty, kind: 'short', text: 'Q', points: 0 }, t)).toEqual({
      points: 'training.questions.problems.points',
    });
  });
});

describe('answers', () => {
  it('sends only the questions answered', () => {
    expect(givenAnswers({ a: 'x', b: '  ', c: [], d: ['o1'], e: undefined })).toEqual({ a: 'x', d: ['o1'] });
    expect(isAnswered('true')).toBe(true);
    expect(isAnswered(undefined)).toBe(false);
  });
});
