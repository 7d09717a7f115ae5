/**
 * Copies a store kept aside (never deleted) because it could not read them: each can be
 * downloaded as it was kept, and imported again through the page's normal import. Every page
 * words it with the same three keys of its own namespace (backupTitle, backupIntro, downloadBackup).
 */
import { downloadText } from '../scripts/download.ts';

type KeptCopiesKey = 'backupTitle' | 'backupIntro' | 'downloadBackup';

interface Props {
  copies: ReadonlyArray<{ key: string; text: string }>;
  /** Prefix of the section's heading id (`class` → `class-backups-title`). */
  id: string;
  /** The page's words for the section, by key within its namespace. */
  text: (key: KeptCopiesKey, values: { n: number }) => string;
  fileName: (key: string, n: number) => string;
}

export default function KeptCopies({ copies, id, text, fileName }: Props) {
  if (copies.length === 0) return null;
  const headingId = `${id}-backups-title`;
  return (
    <section className="no-print" aria-labelledby={headingId} data-backups>
      <h2 id={headingId}>{text('backupTitle', { n: copies.length })}</h2>
      <p>{text('backupIntro', { n: copies.length })}</p>
      <ul>
        {copies.map((copy, i) => (
          <li key={copy.key} data-backup={copy.key}>
            <button type="button" className="button--quiet" onClick={() => downloadText(fileName(copy.key, i + 1), copy.text, 'application/json')}>
              {text('downloadBackup', { n: i + 1 })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
