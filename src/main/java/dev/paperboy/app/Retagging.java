package dev.paperboy.app;

import dev.paperboy.paper.Paper;
import dev.paperboy.tag.TagScore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code paperboy tag --retag}: every stored paper tagged again with the current vocabulary and tagger. The
 * machine's tags are replaced; a curator's are never touched, and those naming a tag the vocabulary no longer
 * has are reported so a renamed tag can be carried over by hand.
 */
final class Retagging {

    private final Config config;

    Retagging(Config config) {
        this.config = config;
    }

    int run() throws Exception {
        try (Wiring app = Wiring.open(config, Clock.systemUTC())) {
            List<String> ids = app.papers.ids();
            int tagged = 0;
            int assigned = 0;
            for (int i = 0; i < ids.size(); i += TagCommand.CHUNK) {
                List<Paper> papers = app.papers.findAll(ids.subList(i, Math.min(ids.size(), i + TagCommand.CHUNK)));
                List<List<TagScore>> scores = app.tagger.tagAll(papers);
                for (int j = 0; j < papers.size(); j++) {
                    app.tags.replaceMachineTags(papers.get(j).id(), scores.get(j));
                    assigned += scores.get(j).size();
                    tagged += scores.get(j).isEmpty() ? 0 : 1;
                }
                System.err.println("re-tagged " + Math.min(ids.size(), i + TagCommand.CHUNK) + "/" + ids.size() + " papers");
            }
            Map<String, List<String>> human = app.tags.humanTagged();
            Set<String> curated = human.values().stream().flatMap(List::stream).collect(Collectors.toCollection(TreeSet::new));
            System.out.println(ids.size() + " papers re-tagged with " + app.vocabulary.all().size() + " tags: " + assigned
                    + " machine tags on " + tagged + " papers; " + curated.size() + " papers keep their curators' tags.");
            human.forEach((tag, papers) -> {
                if (app.vocabulary.find(tag).isEmpty()) {
                    System.out.println("  curators' tag #" + tag + " (" + papers.size() + (papers.size() == 1 ? " paper" : " papers")
                            + ") is not in the vocabulary any more: kept, but no channel can follow it.");
                }
            });
            return 0;
        }
    }
}
