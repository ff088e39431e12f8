package uk.youthjustice.library.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.youthjustice.library.benchmark.RelevanceNeedles.Needle;
import uk.youthjustice.library.benchmark.RelevanceScores.Scored;
import uk.youthjustice.library.benchmark.RelevanceSet.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RelevanceSetTests {

	private static final List<Query> SET = RelevanceSet.load();

	@Test
	void atLeastFortyQueriesInEveryClassEachWithAnAnswer() {
		assertThat(SET).hasSizeGreaterThanOrEqualTo(40);
		assertThat(SET).extracting(Query::queryClass).containsAll(RelevanceSet.CLASSES);
		assertThat(SET).allSatisfy((query) -> assertThat(query.grades()).as(query.id()).containsValue(2));
		assertThat(SET.stream().map(Query::id).distinct()).hasSameSizeAs(SET);
		assertThat(SET.stream().filter((q) -> q.id().startsWith("abbr-to-full"))).hasSizeGreaterThanOrEqualTo(5);
		assertThat(SET.stream().filter((q) -> q.id().startsWith("full-to-abbr"))).hasSizeGreaterThanOrEqualTo(5);
	}

	@Test
	void everyJudgedResourceIsAPublishedDemoResourceOrANeedle() throws IOException {
		Set<String> judgeable = new HashSet<>();
		try (InputStream demo = getClass().getResourceAsStream("/demo/library.json")) {
			for (JsonNode resource : JsonMapper.builder().build().readTree(demo).get("resources")) {
				if (resource.get("status").asString().equals("PUBLISHED")) {
					judgeable.add(resource.get("slug").asString());
				}
			}
		}
		RelevanceNeedles.load().stream().map(Needle::slug).forEach(judgeable::add);

		assertThat(SET.stream().flatMap((query) -> query.grades().keySet().stream())).allMatch(judgeable::contains);
	}

	@Test
	void rejectsAMalformedLine() {
		assertThatIllegalArgumentException().isThrownBy(() -> RelevanceSet.parse("id\tkeywords\tq\tslug:3"));
		assertThatIllegalArgumentException().isThrownBy(() -> RelevanceSet.parse("id\tguesses\tq\tslug:1"));
		assertThatIllegalArgumentException().isThrownBy(() -> RelevanceSet.parse("id\tkeywords\tq"));
	}

	@Test
	void reciprocalRankAndNdcgOfARanking() {
		Query query = new Query("q", "keywords", "words", Map.of("answer", 2, "also", 1));

		Scored first = RelevanceScores.score(query, List.of("answer", "also", "x"));
		Scored third = RelevanceScores.score(query, List.of("x", "y", "answer"));
		Scored missing = RelevanceScores.score(query,
				List.of("x", "y", "z", "a", "b", "c", "d", "e", "f", "g", "answer"));

		assertThat(first.reciprocalRank()).isEqualTo(1.0);
		assertThat(first.ndcg()).isEqualTo(1.0);
		assertThat(first.answerRank()).isEqualTo(1);
		assertThat(third.reciprocalRank()).isEqualTo(1.0 / 3);
		assertThat(third.ndcg()).isCloseTo(3 / 2.0 / (3 + 1 / (Math.log(3) / Math.log(2))), Offset.offset(1e-9));
		assertThat(third.answerRank()).isEqualTo(3);
		assertThat(missing.reciprocalRank()).isZero();
		assertThat(missing.ndcg()).isZero();
		assertThat(missing.answerRank()).isZero();
	}

	@Test
	void meansByClassAndOverall() {
		Query a = new Query("a", "keywords", "a", Map.of("x", 2));
		Query b = new Query("b", "phrase", "b", Map.of("y", 2));

		var byClass = RelevanceScores
			.byClass(List.of(RelevanceScores.score(a, List.of("x")), RelevanceScores.score(b, List.of("z", "y"))));

		assertThat(byClass.keySet()).containsExactly("keywords", "phrase", "all");
		assertThat(byClass.get("keywords").mrr()).isEqualTo(1.0);
		assertThat(byClass.get("phrase").mrr()).isEqualTo(0.5);
		assertThat(byClass.get("all").mrr()).isEqualTo(0.75);
	}

}
