/**
 * The MRZ box of the desk. It has the focus: a keyboard-wedge reader types the lines and Enter, and Enter
 * after a complete MRZ reads it. A failed reading is selected whole, so the next scan replaces it.
 */
import { Alert, List, Stack, Textarea } from '@mantine/core';
import { useEffect, type ClipboardEvent, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { MrzParseResult } from '../../../../common/mrz';
import { isCompleteMrz, mrzLines, type TravellerScan } from './mrzScan';

interface MrzFieldProps {
  scan: TravellerScan;
  inputRef: RefObject<HTMLTextAreaElement | null>;
  label: string;
  /** The box takes the focus when it appears (not when another field comes first, as a vehicle's plate). */
  autoFocus?: boolean;
  onType: (value: string) => void;
  onScanned: (text?: string) => void;
  /** Enter in the empty box (after a decision: the next traveller). */
  onEnterWhenEmpty?: () => void;
}

/** The textarea a reader types into, with what the reading found. */
export function MrzField({
  scan,
  inputRef,
  label,
  autoFocus = true,
  onType,
  onScanned,
  onEnterWhenEmpty,
}: MrzFieldProps) {
  const { t } = useTranslation();
  const unusable = scan.result !== null && (!scan.result.ok || scan.result.flags.invalidCheckDigits);
  useEffect(() => {
    if (unusable) {
      inputRef.current?.select();
    }
  }, [unusable, scan.result, inputRef]);
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey) {
      return;
    }
    const text = event.currentTarget.value;
    if (mrzLines(text).length === 0) {
      event.preventDefault();
      onEnterWhenEmpty?.();
    } else if (isCompleteMrz(text)) {
      event.preventDefault();
      onScanned();
    }
  };
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const text = event.clipboardData.getData('text');
    if (isCompleteMrz(text)) {
      event.preventDefault();
      onType(text);
      onScanned(text);
    }
  };
  return (
    <Stack gap="xs">
      <Textarea
        ref={inputRef}
        label={label}
        description={t('border.desk.mrz.hint')}
        dir="ltr"
        autoFocus={autoFocus}
        autosize
        minRows={3}
        spellCheck={false}
        autoComplete="off"
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', textTransform: 'uppercase' } }}
        value={scan.text}
        onChange={(event) => onType(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
      />
      {scan.result && <ReadingFeedback result={scan.result} />}
    </Stack>
  );
}

/** Why the MRZ cannot be used, or what to look at in one that can. */
function ReadingFeedback({ result }: { result: MrzParseResult }) {
  const { t } = useTranslation();
  if (!result.ok) {
    return (
      <Alert color="red" title={t('border.desk.mrz.unreadable')} role="alert">
        <List size="sm">
          {result.errors.map((error) => (
            <List.Item key={`${error.code}-${error.message}`}>{error.message}</List.Item>
          ))}
        </List>
      </Alert>
    );
  }
  const failed = result.checks.filter((check) => !check.ok);
  const warnings = result.warnings.filter((warning) => warning.code !== 'CHECK_DIGIT');
  return (
    <>
      {failed.length > 0 && (
        <Alert color="red" title={t('border.desk.mrz.wrongCheckDigit')} role="alert">
          <List size="sm">
            {failed.map((check) => (
              <List.Item key={check.field} data-check={check.field}>
                {check.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {warnings.map((warning) => (
        <Alert key={warning.code} color="yellow">
          {warning.message}
        </Alert>
      ))}
    </>
  );
}
