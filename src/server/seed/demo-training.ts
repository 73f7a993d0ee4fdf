/**
 * Training demo data: a course with a small question bank and an e-learning module with lessons and a
 * quiz, created through the module's services as a coordinator would.
 */
import type { Ctx } from '../platform/context';
import { addQuestion, createCourse } from '../modules/training/courses';
import { addLesson, createModule } from '../modules/training/elearning';

/** Creates the demo course and module. */
export async function seedDemoTraining(ctx: Ctx): Promise<void> {
  const course = await createCourse(ctx, {
    code: 'essentials-migration-management',
    title: 'Essentials of Migration Management',
    description: 'Migration governance, international law and the rights of migrants, for officials of every agency.',
    objectives: ['Explain the main international instruments on migration', 'Apply the principle of non-refoulement', 'Refer vulnerable migrants to the right service'],
    level: 1,
    passMark: 70,
    attendanceThreshold: 80,
    active: true,
  });
  await addQuestion(ctx, course.id, { kind: 'single', text: 'Which principle forbids returning a refugee to a country where they face persecution?', options: [{ text: 'Non-refoulement', correct: true }, { text: 'Reciprocity', correct: false }, { text: 'Subsidiarity', correct: false }], partialCredit: false, points: 1 });
  await addQuestion(ctx, course.id, { kind: 'multiple', text: 'Which of these are grounds of persecution in the 1951 Refugee Convention?', options: [{ text: 'Race', correct: true }, { text: 'Religion', correct: true }, { text: 'Political opinion', correct: true }, { text: 'Income', correct: false }], partialCredit: true, points: 3 });
  await addQuestion(ctx, course.id, { kind: 'true-false', text: 'An asylum seeker must hold a valid passport to apply for asylum.', options: [{ text: 'True', correct: false }], partialCredit: false, points: 1 });
  await addQuestion(ctx, course.id, { kind: 'short', text: 'Name one indicator that a person may be a victim of trafficking.', options: [], partialCredit: false, points: 2 });

  const module = await createModule(ctx, {
    code: 'legal-standards',
    title: 'International legal standards on migration',
    description: 'A self-paced introduction to the international law that protects migrants and refugees.',
    passMark: 70,
    active: true,
  });
  await addLesson(ctx, module.id, {
    kind: 'lesson',
    position: 1,
    title: 'Who is a migrant, who is a refugee',
    body: 'A **migrant** is any person who moves away from their place of usual residence. A **refugee** is a person who has a well-founded fear of persecution for reasons of race, religion, nationality, membership of a particular social group or political opinion, and is outside their country.\n\nRead more at [UNHCR](https://www.unhcr.org).',
  });
  await addLesson(ctx, module.id, {
    kind: 'lesson',
    position: 2,
    title: 'Non-refoulement',
    body: 'No state may return a refugee to a territory where their life or freedom would be threatened (Article 33 of the 1951 Convention).\n\n- It applies at the border as well as inside the territory.\n- It covers indirect return through a third country.',
  });
  await addLesson(ctx, module.id, {
    kind: 'lesson',
    position: 3,
    title: 'Rights of asylum seekers',
    body: 'While their application is examined, asylum seekers have the right to stay, to information in a language they understand, to an interpreter, to legal assistance and to reception conditions.',
  });
  await addLesson(ctx, module.id, {
    kind: 'quiz',
    position: 4,
    title: 'Check what you learned',
    body: 'Answer the questions; 70 % passes.',
    questions: [
      { kind: 'single', text: 'Where does non-refoulement apply?', options: [{ text: 'Only inside the territory', correct: false }, { text: 'At the border and inside the territory', correct: true }], partialCredit: false, points: 1 },
      { kind: 'true-false', text: 'Asylum seekers have the right to an interpreter.', options: [{ text: 'True', correct: true }, { text: 'False', correct: false }], partialCredit: false, points: 1 },
    ],
  });
}
