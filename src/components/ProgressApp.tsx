/**
 * /progress/: what this browser remembers, honestly — per-track progress, quiz attempts and
 * best scores, profiles, discreet mode, backups, progress codes and imports. All logic lives
 * in src/lib/progress; this island renders and wires events.
 */
import { useEffect, useState } from 'react';
import type { TitledProgressIndex } from '../data/progress-index.ts';
import { translatorFor } from '../i18n/translate.ts';
import { decodeProgressCode, encodeProgressCode, learnerFromCode, summarizeProfile } from '../lib/progress/code.ts';
import type { Profile, ProgressRecord } from '../lib/progress/schema.ts';
import type { ProgressUpdate, StoreState } from '../lib/progress/store.ts';
import {
  addProfile,
  applyImports,
  deleteProfile,
  exportFileName,
  exportProfile,
  parseProgressFile,
  renameProfile,
  summarizeImport,
  switchProfile,
} from '../lib/progress/transfer.ts';
import { progressView } from '../lib/progress/view.ts';
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
import ProfileList from './progress/ProfileList.tsx';
import QuizResults from './progress/QuizResults.tsx';
import TrackSummary from './progress/TrackSummary.tsx';
import type { ProgressStrings } from './progress/strings.ts';
import { isAutomaticNickname } from '../lib/progress/nickname.ts';

interface Props {
  index: TitledProgressIndex;
  strings: ProgressStrings;
  certificate: CertificateStrings;
  locale: string;
  trackNames: Record<string, string>;
  /** The names the site gives profiles it makes by itself, in every language ("Hồ sơ {n}", "Profile {n}"). */
  automaticNicknames: string[];
}

export default function ProgressApp({ index, strings, certificate, locale, trackNames, automaticNicknames }: Props) {
  const s = translatorFor(strings, locale);
  const [state, setState] = useState<StoreState | null>(null);
  const [discreet, setDiscreetState] = useState(false);
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
  const view = progressView(profile, index);
  const title = (id: string) => index.titles[id] ?? id;

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
    const plan = summarizeImport(loadProgress().record, incoming);
    const question =
      plan.kind === 'several' ? s('progress.confirmFile', { n: plan.count, names: plan.names.join(', ') })
        : plan.kind === 'merge' ? s('progress.confirmMerge', { name: plan.name, local: plan.local })
          : s('progress.confirmAdd', { name: plan.name });
    if (!window.confirm(question)) return { message: s('progress.importCancelled') };
    if (!update((current) => applyImports(current, incoming)).saved) return { error: s('progress.notice.refused') };
    const done =
      plan.kind === 'several' ? s('progress.importedFile', { n: plan.count })
        : plan.kind === 'merge' ? s('progress.merged', { name: plan.local })
          : s('progress.added', { name: plan.name });
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

  const newProfile = (typed: string) => {
    const nickname = typed.trim() || s('progress.defaultNickname', { n: record.profiles.length + 1 });
    update((current) => addProfile(current, { id: progressStore().newProfileId(), nickname, createdAt: new Date().toISOString(), lessons: {}, attempts: {} }));
  };

  return (
    <div className="progress-app" data-ready="true">
      {discreet && (
        <section className="box discreet-box" aria-labelledby="discreet-active">
          <p id="discreet-active"><strong>{s('progress.discreetActive')}</strong></p>
          <button type="button" className="button--danger" onClick={forget}>{s('progress.forget')}</button>
        </section>
      )}

      <TrackSummary s={s} nickname={profile?.nickname} tracks={view.tracks.map((entry) => ({ ...entry, name: trackNames[entry.track] ?? entry.track }))} />

      {profile && view.completedTracks.length > 0 && (
        <Certificate
          strings={certificate}
          locale={locale}
          tracks={view.completedTracks.map((track) => ({ track, name: trackNames[track] ?? track, lessons: (index.tracks[track] ?? []).map(title) }))}
          makeCode={() => encodeProgressCode(summarizeProfile(profile, index, new Date()))}
        />
      )}

      <QuizResults s={s} rows={view.quizRows} gains={view.gains} title={title} locale={locale} />

      {/* A name the site made up ("Hồ sơ 1") is not one a teacher knows: the field starts empty. */}
      <MakeCode s={s} nickname={profile && !isAutomaticNickname(profile.nickname, automaticNicknames) ? profile.nickname : undefined} makeCode={makeCode} />

      <ProfileList
        s={s}
        profiles={record.profiles}
        activeId={profile?.id}
        onSwitch={(id) => update((current) => switchProfile(current, id))}
        onRename={(id, nickname) => update((current) => renameProfile(current, id, nickname))}
        onDelete={(id) => update((current) => deleteProfile(current, id))}
        onAdd={newProfile}
      />

      <section aria-labelledby="export-title">
        <h2 id="export-title">{s('progress.export')}</h2>
        <p>
          <button type="button" disabled={!profile} onClick={() => profile && downloadText(exportFileName(profile, new Date()), exportProfile(profile, new Date()))}>
            {s('progress.exportFile')}
          </button>
        </p>
        <MoveProgress s={s} importCode={importCode} importFile={importFile} />
      </section>

      <KeptCopies copies={backups} id="progress" text={(key, values) => s(`progress.${key}`, values)} fileName={(_key, n) => `vung-buoc-ban-sao-${n}.json`} />

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
