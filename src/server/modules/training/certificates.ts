/**
 * Certificates: issued to a participant who attended enough of the session and passed the post-test;
 * a PDF (A4 landscape) with a verification code and its QR code; verified on a public page.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { toBuffer } from 'bwip-js/node';
import { PDFDocument, rgb } from 'pdf-lib';
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import { notFound, ruleViolated } from '../../platform/errors';
import { actorIds } from '../people/service';
import { attendancePercent, percentOf, sessionDays } from './scoring';
import { randomCode, visibleSession } from './sessions';
import * as store from './store';

/** Why a participant may not (yet) get a certificate, or null when they may. */
export function certificateBlocker(input: { attendancePercent: number; threshold: number; postPercent: number | null; postPending: boolean; passMark: number }): string | null {
  if (input.attendancePercent < input.threshold) {
    return `attended ${input.attendancePercent} % of the session, below the ${input.threshold} % required`;
  }
  if (input.postPercent === null) {
    return input.postPending ? 'the post-test waits for a trainer to score its short answers' : 'has not taken the post-test';
  }
  if (input.postPercent < input.passMark) {
    return `scored ${input.postPercent} % in the post-test, below the pass mark of ${input.passMark} %`;
  }
  return null;
}

async function participantFacts(ctx: Ctx, participantId: string) {
  const participant = await store.selectParticipant(ctx.db, participantId);
  if (!participant) {
    throw notFound('Participant');
  }
  const session = await visibleSession(ctx, participant.sessionId);
  const course = (await store.selectCourse(ctx.db, session.courseId))!;
  const days = sessionDays(session.startDate, session.endDate).length;
  const present = (await store.selectAttendance(ctx.db, [participant.id])).filter((a) => a.present).length;
  const post = await store.selectTest(ctx.db, session.id, 'post');
  const attempt = post ? (await store.selectAttempts(ctx.db, [post.id])).find((a) => a.participantId === participant.id) : undefined;
  return { participant, session, course, attendance: attendancePercent(present, days), attempt };
}

/** Issues the certificate (or returns the one issued), refusing with the reason when not earned. */
export async function issueCertificate(ctx: Ctx, participantId: string) {
  requirePermission(ctx, 'training.manage');
  const facts = await participantFacts(ctx, participantId);
  const blocker = certificateBlocker({
    attendancePercent: facts.attendance,
    threshold: facts.course.attendanceThreshold,
    postPercent: facts.attempt && !facts.attempt.pending ? percentOf(facts.attempt.score, facts.attempt.maxScore) : null,
    postPending: facts.attempt?.pending ?? false,
    passMark: facts.course.passMark,
  });
  if (blocker) {
    throw ruleViolated(`No certificate yet: ${facts.participant.name} ${blocker}`);
  }
  return inTransaction(ctx, async (tx) => {
    const existing = (await store.selectCertificates(tx, [participantId]))[0];
    if (existing) {
      return existing;
    }
    const row = (await store.insertCertificate(tx, { participantId, code: randomCode(), issuedBy: actorIds(ctx).userId }))!;
    await recordAudit(tx, ctx, { action: 'training.certificate.issue', entityType: 'training-participant', entityId: participantId });
    return row;
  });
}

/** What the public verification page shows for a code. */
export async function verifyCertificate(ctx: Ctx, code: string) {
  const certificate = /^[A-Z2-9]{10}$/.test(code) ? await store.selectCertificateByCode(ctx.db, code) : undefined;
  if (!certificate) {
    return { valid: false as const };
  }
  const participant = (await store.selectParticipant(ctx.db, certificate.participantId))!;
  const session = (await store.selectSession(ctx.db, participant.sessionId, undefined))!;
  const course = (await store.selectCourse(ctx.db, session.courseId))!;
  return {
    valid: true as const,
    participant: participant.name,
    course: course.title,
    session: { startDate: session.startDate, endDate: session.endDate, place: session.siteId ? await store.selectSiteName(ctx.db, session.siteId) : session.externalPlace },
    issuedAt: certificate.issuedAt,
  };
}

const require = createRequire(import.meta.url);
const fontDir = () => require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf').replace(/DejaVuSans\.ttf$/, '');

/** The certificate as a PDF (A4 landscape). */
export async function certificatePdf(ctx: Ctx, participantId: string, verifyBase: string): Promise<Uint8Array> {
  requirePermission(ctx, 'training.manage');
  const facts = await participantFacts(ctx, participantId);
  const certificate = (await store.selectCertificates(ctx.db, [participantId]))[0];
  if (!certificate) {
    throw notFound('Certificate');
  }
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const regular = await pdf.embedFont(fs.readFileSync(`${fontDir()}DejaVuSans.ttf`), { subset: true });
  const bold = await pdf.embedFont(fs.readFileSync(`${fontDir()}DejaVuSans-Bold.ttf`), { subset: true });
  const page = pdf.addPage([841.89, 595.28]);
  const centre = (text: string, y: number, size: number, font = regular) => page.drawText(text, { x: (841.89 - font.widthOfTextAtSize(text, size)) / 2, y, size, font, color: rgb(0.1, 0.12, 0.2) });
  page.drawRectangle({ x: 24, y: 24, width: 793.89, height: 547.28, borderColor: rgb(0.16, 0.3, 0.55), borderWidth: 3 });
  centre('CERTIFICAT DE ABSOLVIRE · CERTIFICATE OF COMPLETION', 480, 20, bold);
  centre('Se certifică faptul că · This is to certify that', 430, 13);
  centre(facts.participant.name, 385, 30, bold);
  centre(facts.participant.organisationName, 355, 13);
  centre('a absolvit cursul · has completed the course', 315, 13);
  centre(facts.course.title, 280, 20, bold);
  centre(`${facts.session.startDate} – ${facts.session.endDate}`, 250, 13);
  const url = `${verifyBase}/${certificate.code}`;
  const qr = await pdf.embedPng(await toBuffer({ bcid: 'qrcode', text: url, scale: 4 }));
  page.drawImage(qr, { x: 70, y: 60, width: 90, height: 90 });
  page.drawText(`Cod de verificare · Verification code: ${certificate.code}`, { x: 180, y: 110, size: 11, font: bold });
  page.drawText(url, { x: 180, y: 92, size: 10, font: regular });
  pdf.setTitle(`Certificate ${certificate.code}`);
  await inTransaction(ctx, (tx) => recordAudit(tx, ctx, { action: 'training.certificate.pdf', entityType: 'training-participant', entityId: participantId }));
  return pdf.save();
}
