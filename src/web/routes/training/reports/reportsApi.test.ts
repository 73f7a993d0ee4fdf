import { describe, expect, it } from 'vitest';
import { totalsBy, trainedReportFileUrl, type TrainedRow } from './reportsApi';

const row = (
  organisation: string,
  month: string,
  sex: string,
  trained: number,
  evaluated: number,
): TrainedRow => ({
  organisation,
  course: 'Essentials',
  month,
  sex,
  trained,
  evaluated,
});

describe('the trained report by one dimension', () => {
  const rows = [
    row('Border Police', '2026-03', 'F', 2, 1),
    row('NGO', '2026-01', 'M', 5, 5),
    row('Border Police', '2026-01', 'M', 1, 0),
  ];

  it('adds the rows of each value, largest first', () => {
    expect(totalsBy(rows, 'organisation')).toEqual([
      { key: 'NGO', trained: 5, evaluated: 5 },
      { key: 'Border Police', trained: 3, evaluated: 1 },
    ]);
    expect(totalsBy(rows, 'course')).toEqual([{ key: 'Essentials', trained: 8, evaluated: 6 }]);
  });

  it('keeps months in time order', () => {
    expect(totalsBy(rows, 'month').map((total) => total.key)).toEqual(['2026-01', '2026-03']);
  });

  it('asks for the files of the same period', () => {
    expect(trainedReportFileUrl('xlsx', { from: '2026-01-01', to: '2026-12-31' })).toBe(
      '/api/training/reports/trained.xlsx?from=2026-01-01&to=2026-12-31',
    );
  });
});
