/** `npm run bench [name...]`: runs the named benchmarks (all when none is named) and updates docs/BENCHMARKS.md. */
import { runBorderScreeningBenchmark } from './border-screening';
import { runBorderScreeningQualityBenchmark } from './border-screening-quality';
import { runDocumentsBenchmark } from './documents';
import { runExportsBenchmark } from './exports';
import { runHttpReadBenchmark } from './http-read';
import { runKnowledgeSearchBenchmark } from './knowledge-search';
import { runPeopleSearchBenchmark } from './people-search';
import { runReceptionPreregistrationBenchmark } from './reception-preregistration';
import { runRetentionPurgeBenchmark } from './retention-purge';
import { runSyncBenchmark } from './sync';

const benchmarks: Record<string, () => Promise<void>> = {
  'http-read': () => runHttpReadBenchmark(),
  'people-search': () => runPeopleSearchBenchmark(),
  'border-screening': () => runBorderScreeningBenchmark(),
  'border-screening-quality': () => runBorderScreeningQualityBenchmark(),
  documents: () => runDocumentsBenchmark(),
  'knowledge-search': () => runKnowledgeSearchBenchmark(),
  'reception-preregistration': () => runReceptionPreregistrationBenchmark(),
  'retention-purge': () => runRetentionPurgeBenchmark(),
  sync: () => runSyncBenchmark(),
  exports: () => runExportsBenchmark(),
};

async function main(): Promise<void> {
  const requested = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const names = requested.length > 0 ? requested : Object.keys(benchmarks);
  for (const name of names) {
    const bench = benchmarks[name];
    if (!bench) {
      throw new Error(`Unknown benchmark "${name}"; known: ${Object.keys(benchmarks).join(', ')}`);
    }
    console.log(`\n### ${name}`);
    await bench();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
