/** English UI strings: cert. Typed against the Vietnamese table: a missing or extra key fails the type check. */
import type { Strings } from '../strings.ts';
import type { certStrings as source } from '../vi/cert.ts';

export const certStrings: Strings<typeof source> = {
  'cert.title': 'Certificate',
  'cert.intro': 'You have completed a track. You can print a certificate (A4). The name you type is used only for printing and is not saved unless you choose to.',
  'cert.nameLabel': 'Name to print',
  'cert.remember': 'Remember this name on this device',
  'cert.trackLabel': 'Track',
  'cert.print': 'Print certificate',
  'cert.heading': 'Certificate of course completion',
  'cert.certifies': 'This certifies that',
  'cert.completed': 'has completed the online course “{course}”, made up of these lessons:',
  'cert.lessons': 'Lessons completed',
  'cert.date': 'Date: {date}',
  'cert.version': 'Content version: {version}',
  'cert.code': "Learner's progress code:",
  'cert.codeNote': 'Anyone can paste this code into Vững Bước to check that it matches the lessons listed above. The code is not tamper-proof.',
  'cert.site': 'Vững Bước — learning safety skills',
};
