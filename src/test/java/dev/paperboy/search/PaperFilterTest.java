package dev.paperboy.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperboy.paper.Paper;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a follow or mute decides a paper: every part of the query must hold, read by the search parser. */
class PaperFilterTest {

    private static final SearchQueryParser PARSER = new SearchQueryParser(new TagLookup() {
        @Override
        public Map<String, List<String>> tagsOf(Collection<String> paperIds) {
            return Map.of();
        }

        @Override
        public Optional<String> known(String userText) {
            return Optional.of(userText.replace("#", "").toLowerCase()).filter(t -> List.of("rl", "robotics").contains(t));
        }

        @Override
        public List<String> closest(String userText, int limit) {
            return List.of("rl");
        }
    });

    private static final Paper POLICY = new Paper("2601.1", "Diffusion Policies for Robot Grasping",
            "We learn a diffusion policy that grasps unseen objects.", List.of("Cheng Chi", "Albert Gu"), List.of("cs.RO"),
            Instant.parse("2026-01-01T00:00:00Z"), 0, 1, "test");

    private static boolean matches(String query, List<String> tags) throws SearchQueryException {
        return PaperFilter.parse(PARSER, query).matches(PaperTerms.of(POLICY), tags);
    }

    @Test
    void everyPartMustHold() throws Exception {
        assertThat(matches("author:\"Albert Gu\"", List.of())).isTrue();
        assertThat(matches("author:gu", List.of())).isTrue();
        assertThat(matches("author:\"Gu Albert\"", List.of())).isFalse();
        assertThat(matches("author:\"Albert Chi\"", List.of())).as("names of two authors are not one name").isFalse();
        assertThat(matches("cat:cs", List.of())).isTrue();
        assertThat(matches("cat:cs.LG,cs.RO", List.of())).isTrue();
        assertThat(matches("cat:cs.LG", List.of())).isFalse();
        assertThat(matches("robots grasp", List.of())).as("stems, title or abstract").isTrue();
        assertThat(matches("robots swimming", List.of())).isFalse();
        assertThat(matches("\"diffusion policy\"", List.of())).isTrue();
        assertThat(matches("\"policy diffusion\"", List.of())).isFalse();
        assertThat(matches("tag:rl", List.of("robotics"))).isFalse();
        assertThat(matches("tag:rl,robotics grasping", List.of("robotics"))).isTrue();
    }

    @Test
    void aFollowHasNoDateNoLikeAndSomethingToMatch() {
        assertThatThrownBy(() -> PaperFilter.parse(PARSER, "state space models since:2025")).hasMessageContaining("no date");
        assertThatThrownBy(() -> PaperFilter.parse(PARSER, "like:2601.1")).hasMessageContaining("seed");
        assertThatThrownBy(() -> PaperFilter.parse(PARSER, "the of")).hasMessageContaining("Nothing to match");
        assertThatThrownBy(() -> PaperFilter.parse(PARSER, "   ")).hasMessageContaining("Search for what?");
    }

    @Test
    void theSameFollowInOtherCaseOrSpacingIsTheSame() throws Exception {
        assertThat(PaperFilter.parse(PARSER, "  Author:\"Albert  Gu\" ")).isEqualTo(PaperFilter.parse(PARSER, "author:\"albert gu\""));
        assertThat(PaperFilter.parse(PARSER, "tag:rl").onlyTags()).isTrue();
        assertThat(PaperFilter.parse(PARSER, "tag:rl diffusion").onlyTags()).isFalse();
    }
}
