import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors';
import { checkDecision, crossingTimes, readTravelDocument } from './crossing-input';
import { passportMrz } from './test-fixtures';

const TODAY = new Date('2026-03-01T12:00:00Z');

function refusal(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('readTravelDocument', () => {
  it('reads the MRZ again on the server', () => {
    const document = readTravelDocument({ mrz: passportMrz({ documentNumber: 'AB123456', dateOfBirth: '1985-07-09' }) }, TODAY);
    expect(document).toMatchObject({ source: 'mrz', kind: 'passport', number: 'AB123456', issuingState: 'SYR', surname: 'AL HASSAN', givenNames: 'MOHAMMED', dateOfBirth: '1985-07-09', flags: [] });
  });

  it('flags an expired document and refuses a wrong check digit naming the field', () => {
    expect(readTravelDocument({ mrz: passportMrz({ expiryDate: '2025-01-01' }) }, TODAY).flags).toEqual(['expired']);
    const lines = passportMrz().split('\n');
    const digit = Number(lines[1]![9]);
    const broken = `${lines[0]}\n${lines[1]!.slice(0, 9)}${(digit + 1) % 10}${lines[1]!.slice(10)}`;
    const error = refusal(() => readTravelDocument({ mrz: broken }, TODAY));
    expect(error.message).toMatch(/wrong check digit.*document number/i);
    expect(error.fields?.[0]?.field).toBe('document.mrz');
  });

  it('checks typed documents field by field', () => {
    expect(readTravelDocument({ number: 'ab 12-34', issuingState: 'irq', surname: 'Nouri', dateOfBirth: '1979' }, TODAY)).toMatchObject({ source: 'typed', number: 'AB1234', issuingState: 'IRQ', dateOfBirth: '1979', flags: ['no-mrz'] });
    const error = refusal(() => readTravelDocument({ number: '', issuingState: 'Iraq', dateOfBirth: '1979-02-30', expiryDate: '2026-13-01', sex: 'Q' }, TODAY));
    expect(error.fields?.map((f) => f.field)).toEqual(['document.number', 'document.issuingState', 'document.surname', 'document.dateOfBirth', 'document.expiryDate', 'document.sex']);
  });

  it('answers any MRZ text or typed fields with a document or a validation error, never anything else (property)', () => {
    const mrzCharacter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<<<<\n '.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 120 }), fc.string({ unit: mrzCharacter, minLength: 60, maxLength: 100 })), (mrz) => {
        try {
          const document = readTravelDocument({ mrz }, TODAY);
          expect(document.number).toMatch(/^[A-Z0-9<]+$/);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).status).toBe(400);
        }
      }),
    );
    fc.assert(
      fc.property(fc.record({ number: fc.string({ maxLength: 40 }), issuingState: fc.string({ maxLength: 4 }), surname: fc.string({ maxLength: 20 }), dateOfBirth: fc.string({ maxLength: 12 }), expiryDate: fc.string({ maxLength: 12 }), sex: fc.string({ maxLength: 1 }) }), (fields) => {
        try {
          const document = readTravelDocument(fields, TODAY);
          expect(document.number.length).toBeGreaterThan(0);
          expect(document.issuingState).toMatch(/^([A-Z]{3}|D)$/);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).fields?.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe('crossingTimes and checkDecision', () => {
  it('measures the processing time and refuses impossible times', () => {
    expect(crossingTimes({ at: '2026-03-01T10:01:05Z', firstScanAt: '2026-03-01T10:00:00Z' }, TODAY)).toMatchObject({ processingMs: 65_000 });
    expect(crossingTimes({}, TODAY)).toEqual({ at: TODAY, firstScanAt: null, processingMs: null });
    // A vehicle's occupant decided before the group was recorded.
    expect(crossingTimes({ at: '2026-03-01T10:05:00Z', decidedAt: '2026-03-01T10:00:40Z', firstScanAt: '2026-03-01T10:00:00Z' }, TODAY)).toMatchObject({ processingMs: 40_000 });
    expect(refusal(() => crossingTimes({ at: '2026-03-01T10:00:00Z', decidedAt: '2026-03-01T10:00:01Z' }, TODAY)).fields?.[0]?.field).toBe('decidedAt');
    expect(refusal(() => crossingTimes({ at: '2026-03-01T10:00:00Z', decidedAt: '2026-03-01T09:59:00Z', firstScanAt: '2026-03-01T09:59:30Z' }, TODAY)).fields?.[0]?.field).toBe('firstScanAt');
    expect(refusal(() => crossingTimes({ at: '2026-03-02T00:00:00Z' }, TODAY)).fields?.[0]?.field).toBe('at');
    expect(refusal(() => crossingTimes({ at: '2026-03-01T10:00:00Z', firstScanAt: '2026-03-01T10:00:01Z' }, TODAY)).fields?.[0]?.field).toBe('firstScanAt');
    expect(refusal(() => crossingTimes({ at: '2026-03-01T10:00:00Z', firstScanAt: '2026-02-27T10:00:00Z' }, TODAY)).message).toMatch(/another crossing/);
  });

  it('gives processing times that are never negative (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2020-01-01'), max: TODAY, noInvalidDate: true }), fc.integer({ min: -100_000_000, max: 100_000_000 }), (at, offset) => {
        try {
          const times = crossingTimes({ at: at.toISOString(), firstScanAt: new Date(at.getTime() - offset).toISOString() }, TODAY);
          expect(times.processingMs).toBe(offset);
          expect(offset).toBeGreaterThanOrEqual(0);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
        }
      }),
    );
  });

  it('requires a ground for a refusal and only for a refusal', () => {
    expect(checkDecision('refused', 'F')).toBe('F');
    expect(checkDecision('admitted', null)).toBeNull();
    expect(refusal(() => checkDecision('refused', null)).fields?.[0]?.field).toBe('refusalReason');
    expect(refusal(() => checkDecision('referred', 'A')).fields?.[0]?.field).toBe('refusalReason');
  });
});
