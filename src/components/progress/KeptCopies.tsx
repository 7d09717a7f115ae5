/** Copies the store kept aside (never deleted): each can be downloaded and imported again. */
import { downloadText } from '../../scripts/download.ts';
import type { ProgressTranslate } from './strings.ts';

interface Props {
  s: ProgressTranslate;
  copies: ReadonlyArray<{ key: string; text: string }>;
}

export default function KeptCopies({ s, copies }: Props) {
  if (copies.length === 0) return null;
  return (
    <section aria-labelledby="backups-title">
      <h2 id="backups-title">{s('progress.backupTitle')}</h2>
      <p>{s('progress.backupIntro', { n: copies.length })}</p>
      <ul>
        {copies.map((copy, i) => (
          <li key={copy.key} data-backup={copy.key}>
            <button type="button" className="button--quiet" onClick={() => downloadText(`vung-buoc-ban-sao-${i + 1}.json`, copy.text, 'application/json')}>
              {s('progress.downloadBackup', { n: i + 1 })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
