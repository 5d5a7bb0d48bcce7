package dev.paperboy.paper;

import java.util.List;

/**
 * What a source says about a paper beyond the {@link Paper} record: how the arXiv announce feed listed it
 * ({@code new}, {@code cross}, {@code replace}…) and what Hugging Face Daily Papers adds (its AI summary, AI
 * keywords and the code repository). Empty strings and lists mean "not known".
 */
public record PaperExtras(String paperId, String announceType, String aiSummary, List<String> aiKeywords, String githubRepo) {

    public PaperExtras {
        announceType = announceType == null ? "" : announceType.strip();
        aiSummary = aiSummary == null ? "" : aiSummary.strip();
        aiKeywords = aiKeywords == null ? List.of()
                : aiKeywords.stream().map(k -> k == null ? "" : k.replaceAll("\\s+", " ").strip()).filter(k -> !k.isEmpty()).toList();
        githubRepo = githubRepo == null ? "" : githubRepo.strip();
    }

    public static PaperExtras announced(String paperId, String announceType) {
        return new PaperExtras(paperId, announceType, "", List.of(), "");
    }

    public boolean isEmpty() {
        return announceType.isEmpty() && aiSummary.isEmpty() && aiKeywords.isEmpty() && githubRepo.isEmpty();
    }

    /**
     * The first announce type stays (a paper is "new" where it was first announced, and a later "replace" does
     * not change that); Hugging Face fields come from the latest copy that has them, as HF fills them in late.
     */
    public PaperExtras mergedWith(PaperExtras incoming) {
        return new PaperExtras(paperId,
                announceType.isEmpty() ? incoming.announceType : announceType,
                incoming.aiSummary.isEmpty() ? aiSummary : incoming.aiSummary,
                incoming.aiKeywords.isEmpty() ? aiKeywords : incoming.aiKeywords,
                incoming.githubRepo.isEmpty() ? githubRepo : incoming.githubRepo);
    }
}
