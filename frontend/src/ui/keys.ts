// Single-key shortcuts, ignored while the user is typing in a field so that "n" in the search box stays an "n".

export type Shortcuts = Record<string, () => void>;

export function bindShortcuts(shortcuts: Shortcuts): void {
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target as HTMLElement;
    const typing = target.closest('input, select, textarea, [contenteditable="true"]');
    if (e.key === 'Escape') {
      if (typing) (target as HTMLElement).blur();
      shortcuts.Escape?.();
      return;
    }
    if (typing) return;
    const action = shortcuts[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  });
}
