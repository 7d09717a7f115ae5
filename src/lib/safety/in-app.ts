/** Recognises the in-app browsers of Zalo and Facebook/Messenger from a user-agent string. */
export type InAppBrowser = 'zalo' | 'facebook';

export function detectInAppBrowser(userAgent: string): InAppBrowser | null {
  if (/\bZalo(?:App|Theme)?\b/i.test(userAgent)) return 'zalo';
  if (/\bFB(?:AN|AV|_IAB|IOS|4A)\b|\bMessenger\b|\bFBAN\//.test(userAgent)) return 'facebook';
  return null;
}
