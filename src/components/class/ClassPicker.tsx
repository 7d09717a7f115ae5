/** The teacher's classes: switch, rename, delete, and start a new one. */
import { useState, type SubmitEvent } from 'react';
import { CLASS_NAME_MAX } from '../../lib/class/roster.ts';
import type { ClassesRecord, ClassEntry } from '../../lib/class/schema.ts';
import type { ClassTranslate } from './strings.ts';

interface Props {
  s: ClassTranslate;
  record: ClassesRecord;
  current: ClassEntry | undefined;
  onSwitch: (id: string) => void;
  onRename: (name: string) => void;
  onDelete: () => void;
  onCreate: (name: string) => void;
  message: string;
}

export default function ClassPicker({ s, record, current, onSwitch, onRename, onDelete, onCreate, message }: Props) {
  const [renaming, setRenaming] = useState(false);
  const several = record.classes.length > 1;

  const create = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem('class-name') as HTMLInputElement;
    onCreate(input.value);
    input.value = '';
  };

  const rename = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    onRename((event.currentTarget.elements.namedItem('rename-class') as HTMLInputElement).value);
    setRenaming(false);
  };

  return (
    <section className="class-manage" aria-labelledby="class-manage-title">
      <h2 id="class-manage-title">{s('class.classesTitle')}</h2>
      {current ? (
        <div className="inline-form">
          {several && (
            <>
              <label htmlFor="class-select">{s('class.classLabel')}</label>
              <select id="class-select" value={current.id} onChange={(e) => { onSwitch(e.currentTarget.value); setRenaming(false); }}>
                {record.classes.map((entry) => (
                  <option key={entry.id} value={entry.id}>{entry.name}</option>
                ))}
              </select>
            </>
          )}
          {renaming ? (
            <form className="inline-form" onSubmit={rename}>
              <label htmlFor="rename-class">{s('class.nameLabel')}</label>
              <input id="rename-class" type="text" name="rename-class" defaultValue={current.name} maxLength={CLASS_NAME_MAX} autoComplete="off" autoFocus />
              <button type="submit">{s('class.save')}</button>
              <button type="button" className="button--quiet" onClick={() => setRenaming(false)}>{s('class.cancel')}</button>
            </form>
          ) : (
            <>
              {!several && <p className="class-current">{s('class.classLabel')}: <strong data-class-name>{current.name}</strong></p>}
              <button type="button" className="button--quiet" onClick={() => setRenaming(true)}>{s('class.rename')}</button>
              <button type="button" className="button--danger" onClick={onDelete}>{s('class.delete')}</button>
            </>
          )}
        </div>
      ) : (
        <p>{s('class.noClass')}</p>
      )}
      <form onSubmit={create} className="inline-form class-new">
        <label htmlFor="new-class-name">{s('class.newName')}</label>
        <input id="new-class-name" type="text" name="class-name" maxLength={CLASS_NAME_MAX} autoComplete="off" />
        <button type="submit" className="button--quiet">{s('class.newClass')}</button>
      </form>
      <p role="status">{message}</p>
    </section>
  );
}
