import type { Withdrawal } from '../api/types';
import { formatDate, isoToday } from '../model/dates';
import { money, riskScore } from '../model/format';
import { membersOn, shareRows, sharingNote, summary, termsOf, type SharingNote } from '../model/withdrawal';
import { h } from '../ui/dom';
import { chips, empty, entityLink, type PanelContext } from './common';
import { uncertainList } from './uncertain-list';

// The numbers of a what-if withdrawal, before and after side by side. The same answer is drawn on the graph
// (non-viable collaborations in red, forces left alone ringed, forces paying more in orange).

/** How many of the functions lost are listed before the rest are folded. */
export const LOSSES_SHOWN = 10;

export function whatIfResult(ctx: PanelContext, w: Withdrawal): HTMLElement {
  const { catalog } = ctx;
  // The server's summary says what is known, what is assumed and where the £ come from; it comes first.
  const out = h('div', { class: 'whatif' }, h('p', { class: 'whatif-summary' }, w.summary ?? summary(w, catalog.nameOf)));
  if (w.notMember) return out;
  if (w.collaborations.length === 1 && w.at) out.append(businessCaseLink(w.force, w.collaborations[0].id, w.at));
  // the day the answer is as of (the server's default, today, when it does not say): whose shares count
  const asOf = w.at ?? isoToday();

  for (const c of w.collaborations) {
    const table = h(
      'table',
      { class: 'shares', 'data-collaboration': c.id },
      h('caption', {}, `Cost shares${c.annualCost ? ` of ${money(c.annualCost)} a year` : ''}`),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Force'), h('th', { scope: 'col' }, 'Before'), h('th', { scope: 'col' }, 'After'), h('th', { scope: 'col' }, 'Extra a year'))),
      h(
        'tbody',
        {},
        // The shares the summary prices: the agreement's terms where recorded, else the answer's own (shareFigures).
        shareRows(c, w.force, recordedShare(ctx, c.id, w.force, asOf), termsOf(w, c.id)).map((r) =>
          h('tr', { class: r.leaving ? 'leaving' : '', 'data-force': r.force }, h('th', { scope: 'row' }, catalog.nameOf(r.force)), h('td', { class: 'before' }, r.before), h('td', { class: 'after' }, r.after), h('td', {}, r.extra)),
        ),
      ),
    );
    out.append(
      h(
        'article',
        { class: `impact ${c.viable ? 'viable' : 'nonviable'}`, 'data-id': c.id },
        h('h4', {}, entityLink(ctx, 'collab', c.id), h('span', { class: `badge ${c.viable ? 'ok' : 'bad'}` }, c.viable ? 'still viable' : 'not viable')),
        h('p', { class: 'members-change' }, `Members: ${c.memberCount} → ${c.remainingCount}`),
        c.reasons.length ? h('ul', { class: 'reasons' }, c.reasons.map((r) => h('li', {}, r))) : null,
        // A national collaboration has dozens of members: its table starts folded so the others stay in view.
        c.memberCount > 8
          ? h('details', {}, h('summary', {}, c.membersBefore.length < c.memberCount ? `Cost shares of the first ${c.membersBefore.length} of ${c.memberCount} members` : `Cost shares of all ${c.memberCount} members`), table)
          : table,
        noteOf(sharingNote(w, c.id, c.sharesAssumed, someShareRecorded(ctx, c.id, asOf))),
      ),
    );
  }

  const n = w.network;
  out.append(
    h('h4', {}, 'Partnership network'),
    h(
      'table',
      { class: 'network-change' },
      h('thead', {}, h('tr', {}, h('td', {}, ''), h('th', { scope: 'col' }, 'Before'), h('th', { scope: 'col' }, 'After'))),
      h(
        'tbody',
        {},
        h('tr', {}, h('th', { scope: 'row' }, 'Connected groups of forces'), h('td', {}, String(n.componentsBefore)), h('td', {}, String(n.componentsAfter))),
        h('tr', {}, h('th', { scope: 'row' }, 'Forces without partners'), h('td', {}, '—'), h('td', {}, String(n.isolatedForces.length))),
        h('tr', {}, h('th', { scope: 'row' }, 'Partner pairs lost'), h('td', {}, '—'), h('td', {}, String(n.lostPartnerPairCount))),
      ),
    ),
  );
  if (n.cutVertex) out.append(h('p', { class: 'note' }, 'This force holds the network together: without it, some forces lose their only link to each other.'));
  if (n.isolatedForces.length) out.append(h('p', {}, 'Left without partners: ', ...n.isolatedForces.map((f) => entityLink(ctx, 'force', f))));

  if (w.functionsLost.length) {
    // A host leaving a large collaboration can leave hundreds of forces without a function: the first are shown,
    // the rest folded, so that what comes after stays in view.
    const lost = (f: Withdrawal['functionsLost'][number]) => h('li', {}, entityLink(ctx, 'force', f.force), ' via ', entityLink(ctx, 'collab', f.collaboration), chips(f.functions, catalog.nameOf));
    const rest = w.functionsLost.slice(LOSSES_SHOWN);
    out.append(h('h4', {}, 'Functions lost'), h('ul', { class: 'plain functions-lost' }, w.functionsLost.slice(0, LOSSES_SHOWN).map(lost)));
    if (rest.length) out.append(h('details', { class: 'functions-lost-more' }, h('summary', {}, `${rest.length} more of ${w.functionsLost.length}`), h('ul', { class: 'plain' }, rest.map(lost))));
  }
  if (w.cascade.length) {
    out.append(h('h4', {}, 'Knock-on effects'), h('ul', { class: 'plain' }, w.cascade.map((c) => h('li', {}, entityLink(ctx, 'collab', c.id), ` — ${c.reason}`))));
  }
  if (w.risk.length) {
    out.append(
      h('h4', {}, 'Most exposed forces'),
      h('ol', { class: 'plain' }, w.risk.slice(0, 5).map((r) => h('li', {}, entityLink(ctx, 'force', r.force), ` (risk ${riskScore(r.score)}${r.band ? `, ${r.band}` : ''})`, r.drivers.length ? h('span', { class: 'muted' }, ` — ${r.drivers.join('; ')}`) : null))),
    );
  }
  out.append(
    h('h4', {}, 'Precedents'),
    w.precedents.length
      ? h(
          'ul',
          { class: 'plain' },
          w.precedents.map((p) =>
            h('li', {}, entityLink(ctx, 'collab', p.collaboration), ` — ${p.event === 'withdrawal' && p.force ? `${catalog.nameOf(p.force)} withdrew` : 'ended'}${p.date ? ` ${formatDate(p.date)}` : ''}`, p.lessons.length ? ` (${p.lessons.length} lessons)` : ''),
          ),
        )
      : empty('No earlier withdrawal or ending is recorded.'),
  );
  const uncertain = uncertainList(w.uncertain, undefined, w.uncertainCount);
  if (uncertain) out.append(uncertain);
  return out;
}

/** What the shares shown rest on ({@link sharingNote}), as the panel shows it. */
function noteOf(note: SharingNote | null): HTMLElement | null {
  return note ? h('p', { class: `note ${note.kind}` }, note.text) : null;
}

/** Whether the register records a cost share for any member of the collaboration on `at` (as the server's summary asks). */
function someShareRecorded(ctx: PanelContext, collaboration: string, at: string): boolean {
  return activeMembers(ctx, collaboration, at).some((m) => m.costShare !== undefined);
}

function activeMembers(ctx: PanelContext, collaboration: string, at: string) {
  const c = ctx.catalog.collabById.get(collaboration);
  return c ? membersOn(c, at) : [];
}

/** The printable business case for leaving one collaboration (a page of its own, opened beside the explorer). */
function businessCaseLink(force: string, collaboration: string, at: string): HTMLElement {
  const query = new URLSearchParams({ force, collaboration, at, notice: at, format: 'html' });
  return h('p', {}, h('a', { class: 'business-case-link', href: `/api/analytics/withdrawal/business-case?${query}`, target: '_blank', rel: 'noopener' }, 'Business case for this withdrawal (printable)'));
}

/** The leaving force's recorded share in a collaboration, from the register (the what-if lists only stayers). */
function recordedShare(ctx: PanelContext, collaboration: string, force: string, at: string): number | undefined {
  return activeMembers(ctx, collaboration, at).find((m) => m.force === force)?.costShare;
}
