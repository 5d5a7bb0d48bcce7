package dev.paperboy.channel;

/** The reply to {@code /papers help}. */
final class HelpText {

    static final String TEXT = """
            Paperboy posts new papers on this channel's tags every morning and learns from your 👍 and 👎.
            `/papers tags` · list tags, and the ones this channel follows
            `/papers subscribe <tag>…` · `/papers unsubscribe <tag>…` · e.g. `subscribe rl #reasoning` (managers)
            `/papers follow <query>` · papers matching a search, e.g. `follow author:"Albert Gu"`, `follow cat:cs.RO`, `follow "diffusion policy"` (`subscribe rl` is `follow tag:rl`) · `/papers unfollow <query|n>` (managers)
            `/papers mute <query>` · matching papers never reach this channel's digests · `/papers unmute <query|n>` (managers)
            `/papers digest [n]` · a digest now (subscribe, schedule, seed and digest start daily digests; `/papers schedule off` stops them)
            `/papers search <words>` · filters `tag:rl` `author:hinton` `cat:cs.CL` `since:2025-01-01` `"exact phrase"`
            `/papers search like:<id>` · papers like one (add words or filters to narrow it)
            `/papers schedule <HH:MM> [zone] [daily|weekdays|mon,tue,…]` · `/papers schedule off` (managers)
            `/papers size <n>` · papers per digest · `/papers layout channel|thread` (managers)
            `/papers bar off|auto|<0-1>` · scheduled digests post only papers likely enough to be liked here; a quiet day posts fewer or none (managers)
            `/papers seed <id, arXiv URL or DOI>…` · papers that show this channel's taste (Discord: attach a .bib, .ris, .csv or .txt) · `/papers unseed <id>…` · take them back
            `/papers saved [page]` · papers bookmarked here with 🔖 · `/papers saved bibtex` · as a .bib file
            `/papers forget` · reset this channel's taste and seeds; posted papers stay posted (managers)
            `/papers like <id>` · `/papers dislike <id>` · `/papers why <id>` · any id shown under a paper, or an arXiv id or URL
            `/papers tag <id>` · a paper's tags · `/papers tag <id> +rl -diffusion` · correct them (curators)
            `/papers settings` · this channel's follows and mutes (numbered), its bar, digest size, layout and schedule""";

    private HelpText() {
    }
}
