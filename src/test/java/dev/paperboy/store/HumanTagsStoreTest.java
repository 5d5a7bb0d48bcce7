package dev.paperboy.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.tag.TagScore;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Curators' tags on the real migrations: they replace the machine's, survive re-tagging, and list by tag. */
class HumanTagsStoreTest {

    private Database db;
    private JdbcPaperStore papers;
    private JdbcTagStore tags;

    @BeforeEach
    void open() {
        db = Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", 2);
        papers = new JdbcPaperStore(db.dataSource(), Clock.fixed(StoresTest.T0, ZoneOffset.UTC));
        tags = new JdbcTagStore(db.dataSource());
        papers.upsert(StoresTest.paper("2506.20639", 1, "Autoregressive flows for language"));
        papers.upsert(StoresTest.paper("2507.00001", 1, "Energy-based transformers"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void givenACuratorSetAPapersTags_whenTheMachineRetagsIt_thenTheCuratorsTagsStillShow() {
        tags.replaceMachineTags("2506.20639", List.of(new TagScore("transformer", 0.8, TagScore.MACHINE)));
        tags.setHumanTags("2506.20639", List.of("flow", "lm"));
        tags.replaceMachineTags("2506.20639", List.of(new TagScore("diffusion", 0.7, TagScore.MACHINE)));

        assertThat(tags.effectiveTags(List.of("2506.20639")).get("2506.20639"))
                .extracting(TagScore::tag).containsExactlyInAnyOrder("flow", "lm");
        tags.setHumanTags("2506.20639", List.of("flow"));
        assertThat(tags.effectiveTags(List.of("2506.20639")).get("2506.20639")).extracting(TagScore::tag).containsExactly("flow");
        assertThat(tags.humanTagged()).containsOnlyKeys("flow").containsEntry("flow", List.of("2506.20639"));

        tags.setHumanTags("2506.20639", List.of());
        assertThat(tags.effectiveTags(List.of("2506.20639")).get("2506.20639"))
                .as("with no curator tags left, the machine's show again").extracting(TagScore::tag).containsExactly("diffusion");
    }

    @Test
    void givenStoredPapers_whenListed_thenEveryIdComesOnceInOrder() {
        assertThat(papers.ids()).containsExactly("2506.20639", "2507.00001");
    }
}
