/**
 * Copies a store kept aside (never deleted) because it could not read them: each can be
 * downloaded as it was kept, and imported again through the page's normal import.
 */
import { downloadText } from '../scripts/download.ts';

interface Props {
  copies: ReadonlyArray<{ key: string; text: string }>;
  title: string;
  intro: string;
  /** The download button's label for copy number `n` (from 1). */
  buttonLabel: (n: number) => string;
  fileName: (key: string, n: number) => string;
  headingId: string;
}

export default function KeptCopies({ copies, title, intro, buttonLabel, fileName, headingId }: Props) {
  if (copies.length === 0) return null;
  return (
    <section className="no-print" aria-labelledby={headingId} data-backups>
      <h2 id={headingId}>{title}</h2>
      <p>{intro}</p>
      <ul>
        {copies.map((copy, i) => (
          <li key={copy.key} data-backup={copy.key}>
            <button type="button" className="button--quiet" onClick={() => downloadText(fileName(copy.key, i + 1), copy.text, 'application/json')}>
              {buttonLabel(i + 1)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
