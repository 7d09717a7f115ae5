/**
 * /progress/: what this browser remembers, honestly — per-track progress, quiz attempts and
 * best scores, profiles, discreet mode, backups, progress codes and imports. All logic lives
 * in src/lib/progress; this island renders and wires events.
 */
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import type { TitledProgressIndex } from '../data/progress-index.ts';
import { interpolate } from '../i18n/index.ts';
import {
  decodeProgressCode,
  encodeProgressCode,
  resolveSummary,
  summarizeProfile,
  summaryToProfile,
} from '../lib/progress/code.ts';
import { bestAttempt, knowledgeGains, trackProgress } from '../lib/progress/rules.ts';
import type { Profile, ProgressRecord } from '../lib/progress/schema.ts';
import type { StoreState } from '../lib/progress/store.ts';
import {
  addProfile,
  applyImport,
  deleteProfile,
  exportFileName,
  exportProfile,
  parseExportFile,
  planImport,
  renameProfile,
  switchProfile,
  type ImportPlan,
} from '../lib/progress/transfer.ts';
import { formatDate } from '../lib/text/date.ts';
import {
  activeProfile,
  isDiscreet,
  loadProgress,
  onProgressChange,
  progressStore,
  setDiscreet,
  showNotices,
} from '../scripts/progress-client.ts';
import { copyText } from '../scripts/copy.ts';
import { downloadText } from '../scripts/download.ts';
import Certificate, { type CertificateStrings } from './Certificate.tsx';

interface Props {
  index: TitledProgressIndex;
  strings: Record<string, string>;
  certificate: CertificateStrings;
  locale: string;
  trackNames: Record<string, string>;
}

export default function ProgressApp({ index, strings, certificate, locale, trackNames }: Props) {
  const s = (key: string, values?: Record<string, string | number>) => interpolate(strings[key] ?? key, values);
  const [state, setState] = useState<StoreState | null>(null);
  const [discreet, setDiscreetState] = useState(false);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [copyMessage, setCopyMessage] = useState('');
  const [pasted, setPasted] = useState('');
  const [importError, setImportError] = useState('');
  const [importMessage, setImportMessage] = useState('');
  const [backups, setBackups] = useState<Array<{ key: string; text: string }>>([]);
  const codeRef = useRef<HTMLInputElement>(null);

  const refresh = (next: StoreState) => {
    setState(next);
    showNotices(next.notices);
    setBackups(progressStore().backups());
  };

  useEffect(() => {
    refresh(loadProgress());
    setDiscreetState(isDiscreet());
    return onProgressChange(refresh);
  }, []);

  const update = (change: (record: ProgressRecord) => ProgressRecord) => refresh(progressStore().update(change));

  if (!state) return <p>{s('progress.loading')}</p>;

  const record = state.record;
  const profile = activeProfile(record);
  const perTrack = trackProgress(profile, index);
  const gains = knowledgeGains(profile, index);
  const quizRows = Object.entries(profile?.attempts ?? {})
    .filter(([, attempts]) => attempts.length > 0)
    .map(([quizId, attempts]) => ({
      quizId,
      title: index.titles[quizId] ?? quizId,
      attempts,
      best: bestAttempt(attempts)!,
      last: attempts.reduce((a, b) => (a.at > b.at ? a : b)),
    }));

  const ensureProfile = (): Profile => {
    let created: Profile | undefined;
    update((current) => {
      const result = progressStore().ensureProfile(current);
      created = result.profile;
      return result.record;
    });
    return created!;
  };

  const makeCode = () => {
    const learner = profile ?? ensureProfile();
    setCode(encodeProgressCode(summarizeProfile(learner, index, new Date())));
    setCopyMessage('');
    requestAnimationFrame(() => codeRef.current?.focus());
  };

  const copy = async () => {
    const result = await copyText(code, codeRef.current);
    setCopyMessage(result === 'copied' ? s('progress.copied') : s('progress.copySelect'));
  };

  const confirmAndApply = (plan: ImportPlan) => {
    const question =
      plan.kind === 'merge'
        ? s('progress.confirmMerge', { name: plan.incoming.nickname, local: plan.local.nickname })
        : s('progress.confirmAdd', { name: plan.incoming.nickname });
    if (!window.confirm(question)) {
      setImportMessage(s('progress.importCancelled'));
      return;
    }
    update((current) => applyImport(current, planImport(current, plan.incoming)));
    setImportMessage(plan.kind === 'merge' ? s('progress.merged', { name: plan.local.nickname }) : s('progress.added', { name: plan.incoming.nickname }));
  };

  const importCode = (event: SubmitEvent) => {
    event.preventDefault();
    setImportError('');
    setImportMessage('');
    const text = pasted.trim();
    if (!text) {
      setImportError(s('progress.importEmpty'));
      return;
    }
    const decoded = decodeProgressCode(text);
    if (!decoded.ok) {
      setImportError(s(`progress.codeError.${decoded.error}`));
      return;
    }
    const incoming = summaryToProfile(resolveSummary(decoded.summary, index), index);
    confirmAndApply(planImport(loadProgress().record, incoming));
  };

  const importFile = async (file: File | undefined) => {
    setImportError('');
    setImportMessage('');
    if (!file) return;
    const incoming = parseExportFile(await file.text());
    if (!incoming) {
      setImportError(s('progress.fileError'));
      return;
    }
    confirmAndApply(planImport(loadProgress().record, incoming));
  };

  const forget = () => {
    if (!window.confirm(s('progress.confirmForget'))) return;
    const next = progressStore().forgetEverything();
    setCode('');
    refresh(next);
    setImportMessage(s('progress.forgotten'));
  };

  const toggleDiscreet = () => {
    const next = !discreet;
    if (setDiscreet(next)) setDiscreetState(next);
  };

  const newProfile = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem('nickname') as HTMLInputElement;
    const nickname = input.value.trim() || s('progress.defaultNickname', { n: record.profiles.length + 1 });
    update((current) => addProfile(current, { id: progressStore().newProfileId(), nickname: nickname.slice(0, 40), createdAt: new Date().toISOString(), lessons: {}, attempts: {} }));
    input.value = '';
    setCode('');
  };

  const completedTracks = Object.entries(perTrack).filter(([, entry]) => entry.complete).map(([track]) => track);

  return (
    <div className="progress-app" data-ready="true">
      {discreet && (
        <section className="box discreet-box" aria-labelledby="discreet-active">
          <p id="discreet-active"><strong>{s('progress.discreetActive')}</strong></p>
          <button type="button" className="button--danger" onClick={forget}>{s('progress.forget')}</button>
        </section>
      )}

      <section aria-labelledby="tracks-title">
        <h2 id="tracks-title">{s('progress.tracks')}</h2>
        {profile && <p>{s('progress.active')}: <strong data-active-nickname>{profile.nickname}</strong></p>}
        <ul className="card-grid">
          {Object.entries(index.tracks).filter(([, slugs]) => slugs.length > 0).map(([track]) => {
            const entry = perTrack[track] ?? { done: 0, total: 0, complete: false };
            return (
              <li key={track} className="card" data-track-summary={track}>
                <h3>{trackNames[track]}</h3>
                <p>{s('progress.trackLine', { done: entry.done, total: entry.total })}</p>
                <progress className="progress-bar" max={entry.total} value={entry.done} aria-hidden="true" />
                {entry.complete && <p><strong>✓ {s('progress.trackComplete')}</strong></p>}
              </li>
            );
          })}
        </ul>
      </section>

      {profile && completedTracks.length > 0 && (
        <Certificate
          strings={certificate}
          locale={locale}
          tracks={completedTracks.map((track) => ({ track, name: trackNames[track] ?? track, lessons: (index.tracks[track] ?? []).map((slug) => index.titles[slug] ?? slug) }))}
          makeCode={() => encodeProgressCode(summarizeProfile(profile, index, new Date()))}
        />
      )}

      <section aria-labelledby="quizzes-title">
        <h2 id="quizzes-title">{s('progress.quizzes')}</h2>
        {quizRows.length === 0 ? (
          <p>{s('progress.noAttempts')}</p>
        ) : (
          <table>
            <caption className="visually-hidden">{s('progress.quizzes')}</caption>
            <thead>
              <tr><th scope="col">{s('progress.quizzes')}</th><th scope="col">{s('progress.bestScore', { percent: '' }).trim()}</th><th scope="col">{s('progress.attempts', { n: '' }).trim()}</th></tr>
            </thead>
            <tbody>
              {quizRows.map((row) => (
                <tr key={row.quizId} data-quiz-row={row.quizId}>
                  <th scope="row">{row.title}</th>
                  <td data-best>{row.best.score}%{row.attempts.some((a) => a.passed) ? ' ✓' : ''}</td>
                  <td>{s('progress.attempts', { n: row.attempts.length })} · {s('progress.lastAttempt', { date: formatDate(row.last.at.slice(0, 10), locale) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {gains.length > 0 && (
          <>
            <h3>{s('progress.gain')}</h3>
            <ul>
              {gains.map((gain) => (
                <li key={gain.post} data-gain={gain.post}>
                  {s('progress.gainLine', { pre: index.titles[gain.pre] ?? gain.pre, preScore: gain.preScore, post: index.titles[gain.post] ?? gain.post, postScore: gain.postScore, gain: gain.gain >= 0 ? `+${gain.gain}` : gain.gain })}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="code-title">
        <h2 id="code-title">{s('progress.codeTitle')}</h2>
        <p>{s('progress.codeIntro')}</p>
        <button type="button" onClick={makeCode}>{s('progress.makeCode')}</button>
        {code && (
          <div className="code-box">
            <label htmlFor="progress-code">{s('progress.codeLabel')}</label>
            <input id="progress-code" ref={codeRef} type="text" readOnly value={code} onFocus={(e) => e.currentTarget.select()} />
            <button type="button" className="button--quiet" onClick={copy}>{s('progress.copy')}</button>
            <p role="status">{copyMessage}</p>
          </div>
        )}
        <form onSubmit={importCode} className="code-import">
          <label htmlFor="paste-code">{s('progress.pasteLabel')}</label>
          <textarea id="paste-code" rows={3} value={pasted} onChange={(e) => setPasted(e.currentTarget.value)} spellCheck={false} autoComplete="off" />
          <button type="submit">{s('progress.import')}</button>
        </form>
        <p role="alert" className="import-error">{importError}</p>
        <p role="status">{importMessage}</p>
      </section>

      <section aria-labelledby="profiles-title">
        <h2 id="profiles-title">{s('progress.profiles')}</h2>
        <p>{s('progress.profilesIntro')}</p>
        <ul className="profile-list">
          {record.profiles.map((p) => (
            <li key={p.id} data-profile={p.nickname} className="card">
              {renaming === p.id ? (
                <form
                  onSubmit={(event) => {
                    event.preventDefault();
                    const input = event.currentTarget.elements.namedItem('rename') as HTMLInputElement;
                    update((current) => renameProfile(current, p.id, input.value));
                    setRenaming(null);
                  }}
                >
                  <label htmlFor={`rename-${p.id}`}>{s('progress.nickname')}</label>
                  <input id={`rename-${p.id}`} name="rename" defaultValue={p.nickname} maxLength={40} autoFocus />
                  <button type="submit">{s('progress.save')}</button>
                  <button type="button" className="button--quiet" onClick={() => setRenaming(null)}>{s('progress.cancel')}</button>
                </form>
              ) : (
                <>
                  <strong>{p.nickname}</strong>
                  {p.id === profile?.id ? (
                    <span className="tag"> {s('progress.active')}</span>
                  ) : (
                    <button type="button" className="button--quiet" onClick={() => { update((current) => switchProfile(current, p.id)); setCode(''); }}>
                      {s('progress.switchTo')}
                    </button>
                  )}
                  <button type="button" className="button--quiet" onClick={() => setRenaming(p.id)}>{s('progress.rename')}</button>
                  <button
                    type="button"
                    className="button--quiet"
                    onClick={() => {
                      if (window.confirm(s('progress.confirmDelete', { name: p.nickname }))) update((current) => deleteProfile(current, p.id));
                    }}
                  >
                    {s('progress.deleteProfile')}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
        <form onSubmit={newProfile} className="inline-form">
          <label htmlFor="new-nickname">{s('progress.nickname')}</label>
          <input id="new-nickname" name="nickname" maxLength={40} autoComplete="off" />
          <button type="submit">{s('progress.newProfile')}</button>
        </form>
      </section>

      <section aria-labelledby="export-title">
        <h2 id="export-title">{s('progress.export')}</h2>
        <p>
          <button type="button" disabled={!profile} onClick={() => profile && downloadText(exportFileName(profile, new Date()), exportProfile(profile, new Date()))}>
            {s('progress.exportFile')}
          </button>
        </p>
        <p>
          <label htmlFor="import-file">{s('progress.importFile')}</label>{' '}
          <input id="import-file" type="file" accept="application/json,.json" onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
        </p>
      </section>

      {backups.length > 0 && (
        <section aria-labelledby="backups-title">
          <h2 id="backups-title">{s('progress.backupTitle')}</h2>
          <p>{s('progress.backupIntro', { n: backups.length })}</p>
          <ul>
            {backups.map((backup, i) => (
              <li key={backup.key} data-backup={backup.key}>
                <button type="button" className="button--quiet" onClick={() => downloadText(`vung-buoc-ban-sao-${i + 1}.txt`, backup.text, 'text/plain')}>
                  {s('progress.downloadBackup', { n: i + 1 })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="discreet-title">
        <h2 id="discreet-title">{s('progress.discreet')}</h2>
        <p>{s('progress.discreetIntro')}</p>
        <button type="button" aria-pressed={discreet} onClick={toggleDiscreet}>
          {discreet ? s('progress.discreetOff') : s('progress.discreetOn')}
        </button>
      </section>

      <section aria-labelledby="forget-title">
        <h2 id="forget-title">{s('progress.forget')}</h2>
        <p>{s('progress.forgetIntro')}</p>
        <button type="button" className="button--danger" onClick={forget}>{s('progress.forget')}</button>
      </section>
    </div>
  );
}
