import { formatDate, isIsoDay, isoToday, monthIndex, monthStart } from '../model/dates';
import type { Store } from '../store';
import { h } from '../ui/dom';

// The time slider: one step per month from the earliest collaboration to today, with a date box for an exact
// day and a play button that steps forward a quarter at a time. The state holds the date; absent means today.

const PLAY_STEP_MONTHS = 3;
const PLAY_INTERVAL_MS = 800;

export class TimeBar {
  readonly element = h('div', { id: 'timebar', class: 'timebar' });
  private readonly range: HTMLInputElement;
  private readonly date: HTMLInputElement;
  private readonly label = h('output', { id: 'at-label', for: 'at-range' });
  private readonly play = h('button', { type: 'button', id: 'play', 'aria-pressed': 'false', title: 'Play forward (P)' }, '▶ Play');
  private readonly today = h('button', { type: 'button', id: 'at-today', class: 'link' }, 'Today');
  private timer?: number;

  constructor(
    private readonly store: Store,
    firstDay: string,
  ) {
    const min = monthIndex(firstDay);
    const max = monthIndex(isoToday());
    this.range = h('input', { type: 'range', id: 'at-range', min, max, step: 1, 'aria-label': 'Date shown', 'aria-valuetext': '' });
    this.date = h('input', { type: 'date', id: 'at-date', min: firstDay, max: isoToday(), 'aria-label': 'Exact date shown' });
    this.range.addEventListener('input', () => {
      const index = Number(this.range.value);
      // The right end of the slider is "today", not the first of this month.
      store.set({ at: index >= max ? undefined : monthStart(index) });
    });
    this.date.addEventListener('change', () => {
      if (isIsoDay(this.date.value)) store.set({ at: this.date.value >= isoToday() ? undefined : this.date.value });
    });
    this.play.addEventListener('click', () => this.toggle());
    this.today.addEventListener('click', () => store.set({ at: undefined }));
    this.element.append(h('span', { class: 'timebar-title' }, 'As of'), this.label, this.play, this.range, this.date, this.today);
    this.update(store.state.at);
  }

  update(at: string | undefined): void {
    const day = at ?? isoToday();
    this.range.value = String(monthIndex(day));
    this.range.setAttribute('aria-valuetext', formatDate(day));
    this.date.value = day;
    this.label.textContent = at ? formatDate(day) : `today (${formatDate(day)})`;
  }

  focus(): void {
    this.range.focus();
  }

  toggle(): void {
    if (this.timer !== undefined) return this.stop();
    // Playing from today would stop at once; start again from the beginning instead.
    if (!this.store.state.at) this.store.set({ at: monthStart(Number(this.range.min)) });
    this.play.setAttribute('aria-pressed', 'true');
    this.play.textContent = '❚❚ Pause';
    this.timer = window.setInterval(() => {
      const next = Number(this.range.value) + PLAY_STEP_MONTHS;
      if (next >= Number(this.range.max)) {
        this.store.set({ at: undefined });
        this.stop();
      } else {
        this.store.set({ at: monthStart(next) });
      }
    }, PLAY_INTERVAL_MS);
  }

  stop(): void {
    window.clearInterval(this.timer);
    this.timer = undefined;
    this.play.setAttribute('aria-pressed', 'false');
    this.play.textContent = '▶ Play';
  }
}
