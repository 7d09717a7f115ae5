/** Roll-ups kept aside because they could not be read (never deleted): each can be downloaded. */
import { rollupBackupFileName } from '../../lib/reports/store.ts';
import { downloadText } from '../../scripts/download.ts';
import type { ReportsTranslate } from './strings.ts';

interface Props {
  s: ReportsTranslate;
  copies: ReadonlyArray<{ key: string; text: string }>;
}

export default function KeptCopies({ s, copies }: Props) {
  if (copies.length === 0) return null;
  return (
    <section className="no-print" aria-labelledby="rollup-backups-title" data-rollup-backups>
      <h2 id="rollup-backups-title">{s('reports.backupTitle')}</h2>
      <p>{s('reports.backupIntro', { n: copies.length })}</p>
      <ul>
        {copies.map((copy, i) => (
          <li key={copy.key}>
            <button type="button" className="button--quiet" onClick={() => downloadText(rollupBackupFileName(copy.key, i + 1), copy.text, 'application/json')}>
              {s('reports.downloadBackup', { n: i + 1 })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
