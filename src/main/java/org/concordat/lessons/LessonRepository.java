package org.concordat.lessons;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.concordat.db.Cypher;
import org.concordat.web.Paging;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads lessons learned, with the collaboration they come from and who told them. */
@Component
public class LessonRepository {

	private static final String MATCHING = """
			MATCH (l:Lesson)-[:LEARNED_IN]->(c:Collaboration)
			WHERE ($ids IS NULL OR l.id IN $ids)
			  AND ($collaboration IS NULL OR c.id = $collaboration)
			  AND ($theme IS NULL OR l.theme = $theme)
			""";

	private static final String PAGE = MATCHING + """
			WITH l, c ORDER BY l.id SKIP $offset LIMIT $limit
			RETURN l {.id, .title, .summary, .theme, .date, .source, collaboration: c.id, version: coalesce(l.version, 0),
			  toldBy: COLLECT { MATCH (l)-[:TOLD_BY]->(p) RETURN p.id }[0]} AS row""";

	private static final String COUNT = MATCHING + "RETURN count(l)";

	private final Cypher cypher;

	LessonRepository(Cypher cypher) {
		this.cypher = cypher;
	}

	public Flux<Lesson> list(String collaboration, String theme, Paging paging) {
		return cypher.rows(PAGE, parameters(null, collaboration, theme, paging), Lesson.class);
	}

	public Mono<Long> count(String collaboration, String theme) {
		return cypher.count(COUNT, parameters(null, collaboration, theme, new Paging(1, 0)));
	}

	public Flux<Lesson> all() {
		return list(null, null, new Paging(Integer.MAX_VALUE, 0));
	}

	public Mono<Lesson> find(String id) {
		return findAll(List.of(id)).next();
	}

	/** The lessons with these ids (those that exist), in id order. */
	public Flux<Lesson> findAll(List<String> ids) {
		return cypher.rows(PAGE, parameters(ids, null, null, new Paging(Integer.MAX_VALUE, 0)), Lesson.class);
	}

	private static Map<String, Object> parameters(List<String> ids, String collaboration, String theme,
			Paging paging) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("ids", ids);
		parameters.put("collaboration", collaboration);
		parameters.put("theme", theme);
		parameters.put("offset", paging.offset());
		parameters.put("limit", paging.limit());
		return parameters;
	}
}
