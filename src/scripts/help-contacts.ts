/** Fills the local contacts on /help/ from `local.json` (text only: never HTML from the file). */
import { loadLocalSettings } from './local-settings.ts';

export async function showLocalContacts(): Promise<void> {
  const section = document.getElementById('local-contacts');
  if (!section) return;
  const result = await loadLocalSettings();
  const contacts = result.settings.contacts ?? [];
  const list = section.querySelector<HTMLUListElement>('[data-local-list]');
  const template = section.querySelector<HTMLTemplateElement>('[data-local-template]');
  const none = section.querySelector<HTMLElement>('[data-local-none]');
  if (!list || !template || contacts.length === 0) return;
  for (const contact of contacts) {
    const item = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
    const fill = (field: 'name' | 'role' | 'phone' | 'address' | 'hours') => {
      const value = contact[field];
      const target = item.querySelector<HTMLElement>(`[data-field="${field}"]`);
      const row = item.querySelector<HTMLElement>(`[data-row="${field}"]`);
      if (!value) {
        (row ?? target)?.remove();
        return;
      }
      if (target) target.textContent = value;
      if (field === 'phone' && target instanceof HTMLAnchorElement) target.href = `tel:${value.replace(/[ .]/g, '')}`;
    };
    fill('name');
    fill('role');
    fill('phone');
    fill('address');
    fill('hours');
    list.append(item);
  }
  list.hidden = false;
  if (none) none.hidden = true;
}
