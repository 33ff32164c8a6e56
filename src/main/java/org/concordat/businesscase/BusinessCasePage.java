package org.concordat.businesscase;

import java.util.List;
import java.util.function.Function;

import org.concordat.answers.Names;
import org.concordat.words.Words;
import org.springframework.web.util.HtmlUtils;

/**
 * A business case as one HTML page that prints well: the summary first, then each part as a table, every £
 * with its source, unknowns as "unknown", never a blank that could be read as nothing. Styled by
 * {@code /business-case.css} (the content security policy allows no inline style); it reads as plain HTML
 * without it. Forces, collaborations and functions are printed by the names the register gives them
 * ({@link Names}, from the snapshot the case was worked out on); the JSON answer keeps the ids.
 */
final class BusinessCasePage {

	private BusinessCasePage() {
	}

	static String html(BusinessCase b, Names names) {
		StringBuilder h = new StringBuilder(8_192);
		h.append("<!doctype html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Business case: ")
			.append(e(b.forceName())).append(" leaving ").append(e(b.collaborationName()))
			.append("</title><link rel=\"stylesheet\" href=\"/business-case.css\"></head><body>\n")
			.append("<h1>Business case: ").append(e(b.forceName())).append(" leaving ").append(e(b.collaborationName()))
			.append("</h1>\n<p class=\"asof\">As of ").append(Words.date(b.at())).append(", notice on ")
			.append(Words.date(b.notice())).append(". Concordat register, snapshot position ")
			.append(b.snapshot() == null ? "unknown" : Long.toString(b.snapshot().position())).append(".</p>\n")
			.append("<p class=\"summary\">").append(e(b.summary())).append("</p>\n");
		if (!b.notMember()) {
			BusinessCase.Timing t = b.timing();
			h.append("<h2>When</h2>\n<table><tbody>");
			row(h, "Notice period", t.noticePeriod() == null ? "unknown: not recorded"
					: t.noticePeriod().value() + " months" + sourced(t.noticePeriod().source(), t.noticePeriod().confidence()));
			row(h, "Notice served", Words.date(t.noticeServed()));
			row(h, "Notice deadline", t.noticeDeadline() == null ? "none recorded"
					: Words.date(t.noticeDeadline()) + " (for the " + t.deadlineFor() + ")");
			row(h, "Earliest exit", t.earliestExit() == null ? "unknown" : Words.date(t.earliestExit()));
			row(h, "Basis", t.basis());
			h.append("</tbody></table>\n<h2>The bill</h2>\n<p>Share of the costs: ")
				.append(b.leavingShare() == null ? "unknown" : Words.percent(b.leavingShare())).append(" (")
				.append(e(b.leavingShareBasis())).append(")</p>\n");
			table(h, List.of("Item", "£", "Basis", "Source"), b.bill(), i -> java.util.Arrays.asList(i.item(), money(i.amount()),
					i.basis(), sourceText(i.source(), i.confidence())));
			h.append("<p>Known in all: ").append(money(b.billKnown())).append("</p>\n<h2>The forces that remain</h2>\n");
			table(h, List.of("Force", "Share before", "Share after", "Extra £ a year", "Basis"), b.remaining(),
					r -> java.util.Arrays.asList(r.name(), share(r.shareBefore()), share(r.shareAfter()),
							r.extraPerYear() == null ? "unknown" : Words.gbp(r.extraPerYear()) + " (" + r.budgetYear() + " budget)",
							r.basis()));
			h.append("<h2>Functions lost</h2>\n");
			table(h, List.of("Force", "Collaboration", "Functions"), b.functionsLost(),
					l -> java.util.Arrays.asList(names.force(l.force()), names.collaboration(l.collaboration()),
							Words.and(l.functions().stream().map(names::function).toList())));
			h.append("<h2>Collaborations put at risk</h2>\n");
			table(h, List.of("Collaboration", "Depends on", "Why"), b.atRisk(),
					r -> java.util.Arrays.asList(names.collaboration(r.id()), Words.and(names.collaborations(r.dependsOn())),
							r.reason()));
		}
		h.append("<h2>Precedents</h2>\n");
		table(h, List.of("Collaboration", "Event", "Date", "Figures", "Lessons"), b.precedents(),
				p -> java.util.Arrays.asList(p.name(), (p.force() == null ? "" : names.force(p.force()) + " ") + p.event(), p.date(),
						String.join("; ", p.figures().stream().map(f -> Words.gbp(f.amount()) + " " + f.kind()
								+ sourced(f.source(), f.confidence())).toList()),
						String.join("; ", p.lessons())));
		h.append("<h2>Whom to ask</h2>\n");
		table(h, List.of("Role", "Force", "Collaboration", "Steps away"), b.contacts(),
				c -> java.util.Arrays.asList(c.title(), names.force(c.force()), names.collaboration(c.collaboration()),
						c.hops() == null ? "not reachable" : c.hops().toString()));
		h.append("<h2>Assumptions</h2>\n");
		list(h, b.assumptions());
		h.append("<h2>Unknowns</h2>\n");
		list(h, b.unknowns());
		h.append("<h2>May already have happened</h2>\n");
		list(h, b.uncertain().stream().map(u -> u.note()).toList());
		return h.append("</body></html>\n").toString();
	}

	private static String e(String text) {
		return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
	}

	private static String money(Double amount) {
		return amount == null ? "unknown" : Words.gbp(amount);
	}

	private static String share(Double share) {
		return share == null ? "unknown" : Words.percent(share);
	}

	private static String sourced(String source, String confidence) {
		return " (" + sourceText(source, confidence) + ")";
	}

	private static String sourceText(String source, String confidence) {
		return (source == null ? "source not recorded" : source) + (confidence == null ? "" : ", " + confidence);
	}

	private static void row(StringBuilder h, String label, String value) {
		h.append("<tr><th scope=\"row\">").append(e(label)).append("</th><td>").append(e(value)).append("</td></tr>");
	}

	private static <T> void table(StringBuilder h, List<String> heads, List<T> rows, Function<T, List<String>> cells) {
		if (rows.isEmpty()) {
			h.append("<p>None recorded.</p>\n");
			return;
		}
		h.append("<table><thead><tr>");
		heads.forEach(x -> h.append("<th scope=\"col\">").append(e(x)).append("</th>"));
		h.append("</tr></thead><tbody>");
		for (T row : rows) {
			h.append("<tr>");
			cells.apply(row).forEach(x -> h.append("<td>").append(e(x)).append("</td>"));
			h.append("</tr>");
		}
		h.append("</tbody></table>\n");
	}

	private static void list(StringBuilder h, List<String> items) {
		if (items.isEmpty()) {
			h.append("<p>None.</p>\n");
			return;
		}
		h.append("<ul>");
		items.forEach(x -> h.append("<li>").append(e(x)).append("</li>"));
		h.append("</ul>\n");
	}
}
