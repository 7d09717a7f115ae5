/** Shows a plain notice while the device has no network (pages already kept still work). */
export function setUpOnlineIndicator(): void {
  const indicator = document.getElementById('offline-indicator');
  if (!indicator) return;
  const show = () => {
    indicator.hidden = navigator.onLine;
  };
  show();
  window.addEventListener('online', show);
  window.addEventListener('offline', show);
}
