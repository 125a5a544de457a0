package cn.gongkai.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Matcher#find()} for a pattern whose every match starts with one known character: jump between
 * occurrences of that character with {@link String#indexOf(int, int)} (vectorised) and try the pattern
 * only there. The engine's own find tries every position of the text, which is most of the narrative
 * rules' cost on a long report. Lookbehinds still see the text before the candidate (transparent bounds).
 */
public final class AnchoredFind {

    private final Pattern pattern;
    private final String text;
    private final char first;
    private Matcher matcher;
    private int from;

    public AnchoredFind(Pattern pattern, String text, char first) {
        this.pattern = pattern;
        this.text = text;
        this.first = first;
    }

    /** Like {@link Matcher#find()}: the next match after the previous one, or false. */
    public boolean find() {
        for (int at = text.indexOf(first, from); at >= 0; at = text.indexOf(first, at + 1)) {
            if (matcher == null) {
                // most texts never reach here: no matcher for them
                matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            if (matcher.region(at, text.length()).lookingAt()) {
                from = Math.max(matcher.end(), at + 1);
                return true;
            }
        }
        from = text.length();
        return false;
    }

    /** The matcher, positioned on the last match. */
    public Matcher matcher() {
        return matcher;
    }
}
