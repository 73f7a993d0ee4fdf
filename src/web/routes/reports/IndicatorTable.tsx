/**
 * An indicator's table: every column the API gives, the first name column heading each row, numbers aligned
 * to the end, hidden small counts written "< threshold" (left-to-right, so the sign never mirrors) and other
 * hidden cells "hidden", each with a title saying why, and the totals.
 */
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Ltr } from '../../components/Ltr';
import { useCellFormat, useReportText } from './cellFormat';
import type { HiddenCell } from './hiddenCells';
import type { Column, Indicator, Row } from './reportsApi';

type CellFormat = ReturnType<typeof useCellFormat>;

function Cell({ column, row, format, hiddenTitles }: { column: Column; row: Row; format: CellFormat; hiddenTitles: Record<HiddenCell, string> }) {
  const { text, hidden } = format.cell(column, row);
  if (column.kind === 'label') {
    return <Table.Td>{column.codes === 'documentType' || column.codes === 'country' ? <Ltr>{text}</Ltr> : text}</Table.Td>;
  }
  return (
    <Table.Td ta="end" data-hidden={hidden ?? undefined}>
      {hidden ? (
        <span title={hiddenTitles[hidden]}>
          <Ltr>{text}</Ltr>
        </span>
      ) : (
        text
      )}
    </Table.Td>
  );
}

/** The table of one indicator, named by its title (`labelledBy` is the title's id). */
export function IndicatorTable({
  indicator,
  threshold,
  labelledBy,
}: {
  indicator: Indicator;
  threshold: number;
  labelledBy: string;
}) {
  const { t } = useTranslation();
  const text = useReportText();
  const format = useCellFormat(threshold);
  const hiddenTitles: Record<HiddenCell, string> = {
    small: t('reports.suppression.cellLabel', { threshold: format.number(threshold) }),
    protecting: t('reports.suppression.hiddenLabel'),
    derived: t('reports.suppression.measureLabel'),
  };
  const cellProps = { format, hiddenTitles };
  const heading = indicator.columns.find((c) => c.kind === 'label') ?? indicator.columns[0]!;
  const rest = indicator.columns.filter((c) => c !== heading);
  const numeric = (c: Column) => c.kind !== 'label';
  return (
    <Table.ScrollContainer minWidth={Math.min(960, 160 + indicator.columns.length * 110)}>
      <Table striped withTableBorder aria-labelledby={labelledBy} fz="sm">
        <Table.Thead>
          <Table.Tr>
            {[heading, ...rest].map((c) => (
              <Table.Th key={c.key} ta={numeric(c) ? 'end' : undefined} scope="col">
                {text(c.titleKey)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {indicator.rows.map((row, index) => (
            <Table.Tr key={index}>
              <Table.Th scope="row" fw="normal">
                {format.cell(heading, row).text}
              </Table.Th>
              {rest.map((c) => (
                <Cell key={c.key} column={c} row={row} {...cellProps} />
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {indicator.total && (
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('reports.total')}</Table.Th>
              {rest.map((c) =>
                c.kind === 'label' ? (
                  <Table.Td key={c.key} />
                ) : (
                  <Cell key={c.key} column={c} row={indicator.total!} {...cellProps} />
                ),
              )}
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Table.ScrollContainer>
  );
}
