/** Profiles on a shared device: switch, rename, delete, add — each only a nickname, no password. */
import { useState, type SubmitEvent } from 'react';
import { NICKNAME_MAX } from '../../lib/progress/nickname.ts';
import type { Profile } from '../../lib/progress/schema.ts';
import type { ProgressTranslate } from './strings.ts';

interface Props {
  s: ProgressTranslate;
  profiles: readonly Profile[];
  activeId: string | undefined;
  onSwitch: (id: string) => void;
  onRename: (id: string, nickname: string) => void;
  onDelete: (id: string) => void;
  onAdd: (nickname: string) => void;
}

export default function ProfileList({ s, profiles, activeId, onSwitch, onRename, onDelete, onAdd }: Props) {
  const [renaming, setRenaming] = useState<string | null>(null);

  const add = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem('nickname') as HTMLInputElement;
    onAdd(input.value);
    input.value = '';
  };

  return (
    <section aria-labelledby="profiles-title">
      <h2 id="profiles-title">{s('progress.profiles')}</h2>
      <p>{s('progress.profilesIntro')}</p>
      <ul className="profile-list">
        {profiles.map((p) => (
          <li key={p.id} data-profile={p.nickname} className="card">
            {renaming === p.id ? (
              <form
                onSubmit={(event) => {
                  event.preventDefault();
                  onRename(p.id, (event.currentTarget.elements.namedItem('rename') as HTMLInputElement).value);
                  setRenaming(null);
                }}
              >
                <label htmlFor={`rename-${p.id}`}>{s('progress.nickname')}</label>
                <input id={`rename-${p.id}`} name="rename" defaultValue={p.nickname} maxLength={NICKNAME_MAX} autoFocus />
                <button type="submit">{s('progress.save')}</button>
                <button type="button" className="button--quiet" onClick={() => setRenaming(null)}>{s('progress.cancel')}</button>
              </form>
            ) : (
              <>
                <strong>{p.nickname}</strong>
                {p.id === activeId ? (
                  <span className="tag"> {s('progress.active')}</span>
                ) : (
                  <button type="button" className="button--quiet" onClick={() => onSwitch(p.id)}>{s('progress.switchTo')}</button>
                )}
                <button type="button" className="button--quiet" onClick={() => setRenaming(p.id)}>{s('progress.rename')}</button>
                <button type="button" className="button--quiet" onClick={() => window.confirm(s('progress.confirmDelete', { name: p.nickname })) && onDelete(p.id)}>
                  {s('progress.deleteProfile')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <form onSubmit={add} className="inline-form">
        <label htmlFor="new-nickname">{s('progress.nickname')}</label>
        <input id="new-nickname" name="nickname" maxLength={NICKNAME_MAX} autoComplete="off" />
        <button type="submit">{s('progress.newProfile')}</button>
      </form>
    </section>
  );
}
