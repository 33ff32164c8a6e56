package org.concordat.lessons;

import static org.concordat.entity.StatementRows.row;

import java.util.List;
import java.util.Map;

/** How lessons are written: the statement the register's writer runs, and its parameter rows. */
public final class LessonWrites {

	public static final String LESSONS = """
			UNWIND $rows AS row
			MERGE (l:Lesson {id: row.id}) SET l += row.props, l.version = $version
			WITH l, row
			OPTIONAL MATCH (l)-[old:LEARNED_IN|TOLD_BY]->()
			DELETE old
			WITH DISTINCT l, row
			MATCH (c:Collaboration {id: row.collaboration})
			MERGE (l)-[:LEARNED_IN]->(c)
			WITH l, row WHERE row.toldBy IS NOT NULL
			MATCH (p:Person {id: row.toldBy})
			MERGE (l)-[:TOLD_BY]->(p)""";

	private LessonWrites() {
	}

	public static List<Map<String, Object>> rows(List<Lesson> lessons) {
		return lessons.stream().map(LessonWrites::lesson).toList();
	}

	private static Map<String, Object> lesson(Lesson l) {
		return row("id", l.id(), "collaboration", l.collaboration(), "toldBy", l.toldBy(), "props",
				row("title", l.title(), "summary", l.summary(), "theme", l.theme(), "date", l.date(), "source",
						l.source()));
	}
}
