package dev.paperboy.channel;

/** User text echoed back in a reply: kept short and free of backticks, so a reply can't be hijacked into markup. */
final class Echo {

    private Echo() {
    }

    static String clip(String text) {
        String s = text.replace("`", "'");
        return s.length() > 40 ? s.substring(0, 37) + "…" : s;
    }
}
