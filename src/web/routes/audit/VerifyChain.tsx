/** Recomputes the audit trail's hash chain on the server and shows what it found. */
import { Alert, Button, List, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useFormat } from '../../format';
import type { ChainVerification } from './auditApi';

/** The "Verify chain" button and its result. */
export function VerifyChain() {
  const { t } = useTranslation();
  const format = useFormat();
  const verify = useMutation({ mutationFn: () => api.post<ChainVerification>('/api/audit/verify') });
  const result = verify.data;
  return (
    <Stack gap="sm" align="flex-start">
      <Button variant="outline" onClick={() => verify.mutate()} loading={verify.isPending}>
        {t('audit.verify')}
      </Button>
      {result && (
        <Alert
          color={result.ok ? 'green' : 'red'}
          title={
            result.ok ? t('audit.verifyOk') : t('audit.verifyProblems', { count: result.problems.length })
          }
          w="100%"
          data-testid="verify-result"
        >
          {t('audit.verifyEntries', { count: result.entries, formatted: format.number(result.entries) })}
          {result.problems.length > 0 && (
            <List size="sm" mt="xs">
              {result.problems.map((problem) => (
                <List.Item key={`${problem.seq}-${problem.problem}`}>
                  #{format.number(problem.seq)} — {problem.message}
                </List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
    </Stack>
  );
}
