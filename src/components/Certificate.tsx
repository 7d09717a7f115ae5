/**
 * A printable A4 certificate for a completed track. Its title is neutral and it says nothing
 * about the learner beyond the name they type at print time (kept only if they choose). It
 * carries the learner's progress code so anyone can paste it to check it is consistent — which
 * is not the same as tamper-proof, and the certificate says so.
 */
import { useEffect, useState } from 'react';
import { interpolate } from '../i18n/index.ts';
import { formatDate } from '../lib/text/date.ts';
import { STORAGE_KEYS } from '../lib/storage/keys.ts';

export type CertificateStrings = Record<
  'title' | 'intro' | 'nameLabel' | 'remember' | 'trackLabel' | 'print' | 'heading' | 'certifies' | 'completed' | 'lessons' | 'date' | 'version' | 'code' | 'codeNote' | 'site',
  string
> & { contentVersion: string };

const NAME_KEY = STORAGE_KEYS.certificateName.key;

interface Props {
  strings: CertificateStrings;
  locale: string;
  tracks: Array<{ track: string; name: string; lessons: string[] }>;
  makeCode: () => string;
}

export default function Certificate({ strings, locale, tracks, makeCode }: Props) {
  const [name, setName] = useState('');
  const [remember, setRemember] = useState(false);
  const [track, setTrack] = useState(tracks[0]?.track ?? '');
  const [code, setCode] = useState('');

  useEffect(() => {
    try {
      const saved = localStorage.getItem(NAME_KEY);
      if (saved) {
        setName(saved);
        setRemember(true);
      }
    } catch {
      // nothing remembered
    }
  }, []);

  const chosen = tracks.find((t) => t.track === track) ?? tracks[0];
  if (!chosen) return null;

  const print = () => {
    try {
      if (remember && name.trim()) localStorage.setItem(NAME_KEY, name.trim());
      else localStorage.removeItem(NAME_KEY);
    } catch {
      // the name simply is not remembered
    }
    setCode(makeCode());
    const root = document.documentElement;
    root.classList.add('printing-certificate');
    const done = () => {
      root.classList.remove('printing-certificate');
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    requestAnimationFrame(() => window.print());
  };

  const today = formatDate(new Date().toISOString().slice(0, 10), locale);

  return (
    <section className="certificate-section" aria-labelledby="certificate-title">
      <h2 id="certificate-title">{strings.title}</h2>
      <p>{strings.intro}</p>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          print();
        }}
      >
        {tracks.length > 1 && (
          <p>
            <label htmlFor="certificate-track">{strings.trackLabel}</label>{' '}
            <select id="certificate-track" value={track} onChange={(e) => setTrack(e.currentTarget.value)}>
              {tracks.map((t) => (
                <option key={t.track} value={t.track}>{t.name}</option>
              ))}
            </select>
          </p>
        )}
        <p>
          <label htmlFor="certificate-name">{strings.nameLabel}</label>{' '}
          <input id="certificate-name" value={name} maxLength={60} onChange={(e) => setName(e.currentTarget.value)} autoComplete="off" />
        </p>
        <p>
          <input id="certificate-remember" type="checkbox" checked={remember} onChange={(e) => setRemember(e.currentTarget.checked)} />{' '}
          <label htmlFor="certificate-remember">{strings.remember}</label>
        </p>
        <button type="submit">{strings.print}</button>
      </form>

      <article className="certificate" aria-label={strings.heading} data-certificate>
        <p className="certificate-site">{strings.site}</p>
        <h2 className="certificate-heading">{strings.heading}</h2>
        <p>{strings.certifies}</p>
        <p className="certificate-name">{name.trim() || '…………………………………………'}</p>
        <p>{interpolate(strings.completed, { course: chosen.name }, locale)}</p>
        <p className="certificate-lessons-title">{strings.lessons}</p>
        <ol className="certificate-lessons">
          {chosen.lessons.map((lesson) => (
            <li key={lesson}>{lesson}</li>
          ))}
        </ol>
        <p>{interpolate(strings.date, { date: today }, locale)}</p>
        <p className="certificate-small">{interpolate(strings.version, { version: strings.contentVersion }, locale)}</p>
        <p className="certificate-small">{strings.code}</p>
        <p className="certificate-code">{code || makeCode()}</p>
        <p className="certificate-small">{strings.codeNote}</p>
      </article>
    </section>
  );
}
