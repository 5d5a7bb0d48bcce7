package dev.paperboy.channel;

/** The reply to {@code /papers help}. */
final class HelpText {

    static final String TEXT = """
            Paperboy posts new papers on this channel's tags every morning and learns from your 👍 and 👎.
            `/papers tags` · list tags, and the ones this channel follows
            `/papers subscribe <tag>…` · `/papers unsubscribe <tag>…` · e.g. `subscribe rl #reasoning`
            `/papers digest [n]` · a digest now
            `/papers search <words>` · filters `tag:rl` `author:hinton` `cat:cs.CL` `since:2025-01-01` `"exact phrase"`
            `/papers search like:<id>` · papers like one (add words or filters to narrow it)
            `/papers schedule <HH:MM> [zone] [daily|weekdays|mon,tue,…]` · `/papers schedule off`
            `/papers size <n>` · papers per digest · `/papers layout channel|thread`
            `/papers seed <id or arXiv URL>…` · papers that show this channel's taste
            `/papers like <id>` · `/papers dislike <id>` · `/papers why <id>`
            `/papers tag <id>` · a paper's tags · `/papers tag <id> +rl -diffusion` · correct them (curators)
            `/papers settings`""";

    private HelpText() {
    }
}
