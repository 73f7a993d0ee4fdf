/** Answers as the forms hold them: which say something, and the ones to send. */
import type { Answer } from '../sessions/sessionsApi';

/** True when the answer says something (an option chosen, a word written). */
export function isAnswered(answer: Answer | undefined): boolean {
  if (answer === undefined) {
    return false;
  }
  return Array.isArray(answer) ? answer.length > 0 : answer.trim().length > 0;
}

/** The answers given, without the questions left blank (the server scores a blank as wrong). */
export function givenAnswers(answers: Record<string, Answer | undefined>): Record<string, Answer> {
  const given: Record<string, Answer> = {};
  for (const [id, answer] of Object.entries(answers)) {
    if (answer !== undefined && isAnswered(answer)) {
      given[id] = answer;
    }
  }
  return given;
}
