/**
 * Copies text for the learner. The Clipboard API exists only in secure contexts (HTTPS or
 * localhost), and school intranets are often plain HTTP, so the fallback selects the text in
 * its field (and tries the older copy command) for the learner to copy themselves.
 */
export async function copyText(text: string, field: HTMLInputElement | HTMLTextAreaElement | null): Promise<'copied' | 'selected'> {
  if (window.isSecureContext && navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return 'copied';
    } catch {
      // fall through to selection
    }
  }
  if (field) {
    field.focus();
    field.select();
    field.setSelectionRange(0, field.value.length);
    try {
      // The legacy command is the only copy that works on plain-HTTP pages; it is deprecated, not removed.
      if ((document as { execCommand(command: string): boolean }).execCommand('copy')) return 'copied';
    } catch {
      // the learner copies the selected text
    }
  }
  return 'selected';
}
