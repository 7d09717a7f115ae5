/**
 * /progress/: what this browser remembers, honestly — per-track progress, quiz attempts and
 * best scores, profiles, discreet mode, backups, progress codes and imports. All logic lives
 * in src/lib/progress; this island renders and wires events.
 */
import { useEffect, useState, type SubmitEvent } from 'react';
import type { TitledProgressIndex } from '../data/progress-index.ts';
import { translatorFor } from '../i18n/translate.ts';
import { decodeProgressCode, encodeProgressCode, learnerFromCode, summarizeProfile } from '../lib/progress/code.ts';
import { bestAttempt, knowledgeGains, trackProgress } from '../lib/progress/rules.ts';
import type { Profile, ProgressRecord } from '../lib/progress/schema.ts';
import type { ProgressUpdate, StoreState } from '../lib/progress/store.ts';
import {
  addProfile,
  applyImport,
  deleteProfile,
  exportFileName,
  exportProfile,
  parseProgressFile,
  planImport,
  renameProfile,
  switchProfile,
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
  showRefused,
} from '../scripts/progress-client.ts';
import { downloadText } from '../scripts/download.ts';
import Certificate, { type CertificateStrings } from './Certificate.tsx';
import KeptCopies from './KeptCopies.tsx';
import MakeCode from './progress/MakeCode.tsx';
import MoveProgress, { type ImportOutcome } from './progress/MoveProgress.tsx';
import type { ProgressStrings } from './progress/strings.ts';

interface Props {
  index: TitledProgressIndex;
  strings: ProgressStrings;
  certificate: CertificateStrings;
  locale: string;
  trackNames: Record<string, string>;
}

export default function ProgressApp({ index, strings, certificate, locale, trackNames }: Props) {
  const s = translatorFor(strings);
  const [state, setState] = useState<StoreState | null>(null);
  const [discreet, setDiscreetState] = useState(false);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [forgetMessage, setForgetMessage] = useState('');
  const [backups, setBackups] = useState<Array<{ key: string; text: string }>>([]);

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

  /** Saves a change; a change the store refuses is reported and nothing else moves. */
  const update = (change: (record: ProgressRecord) => ProgressRecord): ProgressUpdate => {
    const result = progressStore().update(change);
    refresh(result);
    if (!result.saved) showRefused();
    return result;
  };

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

  /** Saves the name to the active profile (creating one) and makes its code. */
  const makeCode = (name: string): string | null => {
    let learner: Profile | undefined;
    const result = update((current) => {
      const { record: withProfile, profile: active } = progressStore().ensureProfile(current);
      const renamed = renameProfile(withProfile, active.id, name);
      learner = renamed.profiles.find((p) => p.id === active.id);
      return renamed;
    });
    return result.saved && learner ? encodeProgressCode(summarizeProfile(learner, index, new Date())) : null;
  };

  /** Imports profiles after asking; merges into the same learner's profile or adds one. */
  const importProfiles = (incoming: readonly Profile[], notes: string[]): ImportOutcome => {
    const record = loadProgress().record;
    const first = incoming[0]!;
    const question =
      incoming.length > 1
        ? s('progress.confirmFile', { n: incoming.length, names: incoming.map((p) => p.nickname).join(', ') })
        : planImport(record, first).kind === 'merge'
          ? s('progress.confirmMerge', { name: first.nickname, local: record.profiles.find((p) => p.id === first.id)!.nickname })
          : s('progress.confirmAdd', { name: first.nickname });
    if (!window.confirm(question)) return { message: s('progress.importCancelled') };
    const result = update((current) => incoming.reduce((next, profile) => applyImport(next, planImport(next, profile)), current));
    if (!result.saved) return { error: s('progress.notice.refused') };
    const done =
      incoming.length > 1
        ? s('progress.importedFile', { n: incoming.length })
        : planImport(record, first).kind === 'merge'
          ? s('progress.merged', { name: record.profiles.find((p) => p.id === first.id)!.nickname })
          : s('progress.added', { name: first.nickname });
    return { message: [done, ...notes].join(' ') };
  };

  const importCode = (pasted: string): ImportOutcome => {
    const text = pasted.trim();
    if (!text) return { error: s('progress.importEmpty') };
    const decoded = decodeProgressCode(text);
    if (!decoded.ok) return { error: s(`progress.codeError.${decoded.error}`) };
    const learner = learnerFromCode(decoded.summary, index, new Date());
    return importProfiles([learner.profile], learner.futureDated ? [s('progress.futureDated')] : []);
  };

  const importFile = (text: string): ImportOutcome => {
    const file = parseProgressFile(text);
    if (!file) return { error: s('progress.fileError') };
    return importProfiles(file.profiles, file.leftOut > 0 ? [s('progress.leftOut', { n: file.leftOut })] : []);
  };

  const forget = () => {
    if (!window.confirm(s('progress.confirmForget'))) return;
    const next = progressStore().forgetEverything();
    refresh(next);
    setForgetMessage(s('progress.forgotten'));
  };

  const toggleDiscreet = () => {
    const next = !discreet;
    if (setDiscreet(next)) setDiscreetState(next);
  };

  const newProfile = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem('nickname') as HTMLInputElement;
    const nickname = input.value.trim() || s('progress.defaultNickname', { n: record.profiles.length + 1 });
    update((current) => addProfile(current, { id: progressStore().newProfileId(), nickname, createdAt: new Date().toISOString(), lessons: {}, attempts: {} }));
    input.value = '';
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

      <MakeCode s={s} nickname={profile?.nickname} makeCode={makeCode} />

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
                    <button type="button" className="button--quiet" onClick={() => update((current) => switchProfile(current, p.id))}>
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
        <MoveProgress s={s} importCode={importCode} importFile={importFile} />
      </section>

      <KeptCopies
        copies={backups}
        headingId="backups-title"
        title={s('progress.backupTitle')}
        intro={s('progress.backupIntro', { n: backups.length })}
        buttonLabel={(n) => s('progress.downloadBackup', { n })}
        fileName={(_key, n) => `vung-buoc-ban-sao-${n}.json`}
      />

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
        <p role="status">{forgetMessage}</p>
      </section>
    </div>
  );
}
