/** HTTP of training: courses and question bank, sessions, tests by link, certificates, e-learning, reports. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { invalid } from '../../platform/errors';
import { exportFormatQuery, sendExport } from '../../platform/export/http';
import { certificatePdf, issueCertificate, verifyCertificate } from './certificates';
import { addQuestion, createCourse, getCourse, listCourses, updateCourse, updateQuestion } from './courses';
import { addLesson, completeLesson, createModule, FILE_MAX_BYTES, getFile, getModule, listModules, moduleCompletion, openLesson, updateLesson, updateModule, uploadFile } from './elearning';
import { participantsExport, sessionsExport } from './exports';
import { trainedCsv, trainedReport, trainedXlsx } from './reports';
import {
  answersBody,
  attendanceBody,
  courseBody,
  courseUpdateBody,
  enrolBody,
  lessonBody,
  moduleBody,
  paperBody,
  periodQuery,
  phaseParams,
  questionBody,
  scoresBody,
  sessionBody,
  sessionQuery,
  takeParams,
  takePhaseParams,
  testBody,
} from './schemas';
import { createSession, enrol, getSession, listSessions, recordAttendance, searchStaffToEnrol, trainingSites } from './sessions';
import { courseGain, enterPaperTest, scoreShortAnswers, sessionGain, setTest, submitTake, takeOverview, takeQuestions } from './tests';

const tags = ['training'];
const idParams = z.object({ id: z.uuid() });
const manage = { access: { permission: 'training.manage' as const } };
const signedIn = { access: { authenticated: true as const } };
const open = { access: { public: true as const } };

/** Registers /api/training/*. */
export const trainingRoutes: FastifyPluginAsyncZod = async (app) => {
  // ---------- public: test links and certificate verification ----------
  app.get('/api/training/take/:code', { config: open, schema: { tags, summary: 'What a participant’s test link opens (public)', params: takeParams } }, async (request) => takeOverview(request.ctx, request.params.code));
  app.get('/api/training/take/:code/:phase', { config: open, schema: { tags, summary: 'The questions of an open test (public)', params: takePhaseParams } }, async (request) =>
    takeQuestions(request.ctx, request.params.code, request.params.phase),
  );
  app.post(
    '/api/training/take/:code/:phase',
    { config: { ...open, rateLimit: { max: 20, timeWindow: 60_000, keyGenerator: (request) => `take:${request.ip}` } }, schema: { tags, summary: 'Submit a test once (public)', params: takePhaseParams, body: answersBody } },
    async (request, reply) => reply.status(201).send(await submitTake(request.ctx, request.params.code, request.params.phase, request.body.answers)),
  );
  app.get(
    '/api/training/certificates/:code',
    { config: { ...open, rateLimit: { max: 60, timeWindow: 60_000, keyGenerator: (request) => `certificate:${request.ip}` } }, schema: { tags, summary: 'Verify a certificate by its code (public)', params: takeParams } },
    async (request) => verifyCertificate(request.ctx, request.params.code),
  );

  // ---------- courses ----------
  app.get('/api/training/courses', { config: manage, schema: { tags, summary: 'Courses' } }, async (request) => listCourses(request.ctx));
  app.post('/api/training/courses', { config: manage, schema: { tags, summary: 'Add a course', body: courseBody } }, async (request, reply) => reply.status(201).send(await createCourse(request.ctx, request.body)));
  app.get('/api/training/courses/:id', { config: manage, schema: { tags, summary: 'A course with its question bank', params: idParams } }, async (request) => getCourse(request.ctx, request.params.id));
  app.put('/api/training/courses/:id', { config: manage, schema: { tags, summary: 'Change a course', params: idParams, body: courseUpdateBody } }, async (request) => updateCourse(request.ctx, request.params.id, request.body));
  app.post('/api/training/courses/:id/questions', { config: manage, schema: { tags, summary: 'Add a question to the bank', params: idParams, body: questionBody } }, async (request, reply) =>
    reply.status(201).send(await addQuestion(request.ctx, request.params.id, request.body)),
  );
  app.put('/api/training/questions/:id', { config: manage, schema: { tags, summary: 'Change or retire a question', params: idParams, body: questionBody } }, async (request) => updateQuestion(request.ctx, request.params.id, request.body));
  app.get('/api/training/courses/:id/gain', { config: manage, schema: { tags, summary: 'Knowledge gain of a course, per session and overall', params: idParams } }, async (request) => courseGain(request.ctx, request.params.id));

  // ---------- sessions ----------
  app.get('/api/training/sessions', { config: manage, schema: { tags, summary: 'Sessions by course and period', querystring: sessionQuery } }, async (request) => listSessions(request.ctx, request.query));
  app.post('/api/training/sessions', { config: manage, schema: { tags, summary: 'Plan a session', body: sessionBody } }, async (request, reply) => reply.status(201).send(await createSession(request.ctx, request.body)));
  app.get('/api/training/sessions/export', { config: manage, schema: { tags, summary: 'Sessions of the filter as CSV or XLSX (streamed; X-Export-Rows announces the rows)', querystring: sessionQuery.extend(exportFormatQuery.shape) } }, async (request, reply) =>
    sendExport(request.ctx, reply, sessionsExport(request.ctx, request.query), request.query.format),
  );
  app.get('/api/training/sessions/:id/participants/export', { config: manage, schema: { tags, summary: 'A session’s participants with attendance and scores as CSV or XLSX (streamed)', params: idParams, querystring: exportFormatQuery } }, async (request, reply) =>
    sendExport(request.ctx, reply, participantsExport(request.ctx, request.params.id), request.query.format),
  );
  app.get('/api/training/sessions/:id', { config: manage, schema: { tags, summary: 'A session with participants, attendance, tests and certificates', params: idParams } }, async (request) => getSession(request.ctx, request.params.id));
  app.post('/api/training/sessions/:id/participants', { config: manage, schema: { tags, summary: 'Enrol a participant (staff or external)', params: idParams, body: enrolBody } }, async (request, reply) =>
    reply.status(201).send(await enrol(request.ctx, request.params.id, request.body)),
  );
  app.put('/api/training/sessions/:id/attendance', { config: manage, schema: { tags, summary: 'Record attendance for one day', params: idParams, body: attendanceBody } }, async (request) =>
    recordAttendance(request.ctx, request.params.id, request.body),
  );
  app.put('/api/training/sessions/:id/tests/:phase', { config: manage, schema: { tags, summary: 'Set the pre- or post-test', params: phaseParams, body: testBody } }, async (request) =>
    setTest(request.ctx, request.params.id, request.params.phase, request.body),
  );
  app.post('/api/training/sessions/:id/tests/:phase/paper', { config: manage, schema: { tags, summary: 'Enter a paper test', params: phaseParams, body: paperBody } }, async (request, reply) =>
    reply.status(201).send(await enterPaperTest(request.ctx, request.params.id, request.params.phase, request.body)),
  );
  app.put('/api/training/attempts/:id/scores', { config: manage, schema: { tags, summary: 'Score the short answers of an attempt', params: idParams, body: scoresBody } }, async (request) =>
    scoreShortAnswers(request.ctx, request.params.id, request.body.scores),
  );
  app.get('/api/training/sessions/:id/gain', { config: manage, schema: { tags, summary: 'Knowledge gain of a session', params: idParams } }, async (request) => sessionGain(request.ctx, request.params.id));
  app.post('/api/training/participants/:id/certificate', { config: manage, schema: { tags, summary: 'Issue a participant’s certificate', params: idParams } }, async (request) => issueCertificate(request.ctx, request.params.id));
  app.get('/api/training/participants/:id/certificate.pdf', { config: manage, schema: { tags, summary: 'The certificate as PDF', params: idParams } }, async (request, reply) => {
    const pdf = await certificatePdf(request.ctx, request.params.id, `${request.protocol}://${request.host}/training/certificates`);
    return reply.type('application/pdf').header('content-disposition', `attachment; filename="certificate-${request.params.id}.pdf"`).send(Buffer.from(pdf));
  });

  app.get('/api/training/staff', { config: manage, schema: { tags, summary: 'Staff to enrol, by name', querystring: z.object({ q: z.string().max(100).default('') }) } }, async (request) => searchStaffToEnrol(request.ctx, request.query.q));
  app.get('/api/training/sites', { config: manage, schema: { tags, summary: 'Sites where a session can take place' } }, async (request) => trainingSites(request.ctx));

  // ---------- reports ----------
  app.get('/api/training/reports/trained', { config: manage, schema: { tags, summary: 'People trained by organisation, course, month and sex', querystring: periodQuery } }, async (request) => trainedReport(request.ctx, request.query));
  app.get('/api/training/reports/trained.csv', { config: manage, schema: { tags, summary: 'People trained, CSV', querystring: periodQuery } }, async (request, reply) =>
    reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="trained-${request.query.from}-${request.query.to}.csv"`).send(await trainedCsv(request.ctx, request.query)),
  );
  app.get('/api/training/reports/trained.xlsx', { config: manage, schema: { tags, summary: 'People trained, XLSX', querystring: periodQuery } }, async (request, reply) =>
    reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="trained-${request.query.from}-${request.query.to}.xlsx"`)
      .send(await trainedXlsx(request.ctx, request.query)),
  );

  // ---------- e-learning ----------
  app.get('/api/training/modules', { config: signedIn, schema: { tags, summary: 'E-learning modules with my progress' } }, async (request) => listModules(request.ctx));
  app.post('/api/training/modules', { config: manage, schema: { tags, summary: 'Add a module', body: moduleBody } }, async (request, reply) => reply.status(201).send(await createModule(request.ctx, request.body)));
  app.get('/api/training/modules/:id', { config: signedIn, schema: { tags, summary: 'A module with its lessons and my progress', params: idParams } }, async (request) => getModule(request.ctx, request.params.id));
  app.put('/api/training/modules/:id', { config: manage, schema: { tags, summary: 'Change a module', params: idParams, body: moduleBody.omit({ code: true }) } }, async (request) => updateModule(request.ctx, request.params.id, request.body));
  app.get('/api/training/modules/:id/completion', { config: manage, schema: { tags, summary: 'Completion per learner and organisation', params: idParams } }, async (request) => moduleCompletion(request.ctx, request.params.id));
  app.post('/api/training/modules/:id/lessons', { config: manage, schema: { tags, summary: 'Add a lesson or quiz', params: idParams, body: lessonBody } }, async (request, reply) =>
    reply.status(201).send(await addLesson(request.ctx, request.params.id, request.body)),
  );
  const lessonParams = z.object({ id: z.uuid(), lessonId: z.uuid() });
  app.put('/api/training/modules/:id/lessons/:lessonId', { config: manage, schema: { tags, summary: 'Change a lesson', params: lessonParams, body: lessonBody } }, async (request) =>
    updateLesson(request.ctx, request.params.id, request.params.lessonId, request.body),
  );
  app.post('/api/training/modules/:id/lessons/:lessonId/open', { config: signedIn, schema: { tags, summary: 'Remember where I am', params: lessonParams } }, async (request) =>
    openLesson(request.ctx, request.params.id, request.params.lessonId),
  );
  app.post('/api/training/modules/:id/lessons/:lessonId/done', { config: signedIn, schema: { tags, summary: 'Mark a lesson done, or submit a quiz', params: lessonParams, body: answersBody.partial() } }, async (request) =>
    completeLesson(request.ctx, request.params.id, request.params.lessonId, request.body.answers ?? {}),
  );
  app.post('/api/training/modules/:id/files', { config: manage, schema: { tags, summary: `Upload a lesson file (multipart "file", ≤ ${FILE_MAX_BYTES / 1048576} MB)`, params: idParams } }, async (request, reply) => {
    const part = await request.file({ limits: { fileSize: FILE_MAX_BYTES } });
    if (!part) {
      throw invalid('Attach the file as the multipart field "file"', [{ field: 'file', message: 'Missing' }]);
    }
    const data = await part.toBuffer();
    return reply.status(201).send(await uploadFile(request.ctx, request.params.id, { name: part.filename, contentType: part.mimetype, data }));
  });
  app.get('/api/training/files/:id', { config: signedIn, schema: { tags, summary: 'A lesson file (byte ranges for video)', params: idParams } }, async (request, reply) => {
    const file = await getFile(request.ctx, request.params.id);
    void reply.header('accept-ranges', 'bytes').header('cache-control', 'private, max-age=3600').type(file.contentType);
    const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? '');
    if (range && (range[1] || range[2])) {
      const size = file.data.length;
      const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
      const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
      if (start >= size || start > end) {
        return reply.status(416).header('content-range', `bytes */${size}`).send();
      }
      return reply.status(206).header('content-range', `bytes ${start}-${end}/${size}`).send(file.data.subarray(start, end + 1));
    }
    return reply.send(file.data);
  });
};
