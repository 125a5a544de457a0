package cn.gongkai.common;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression searched only in texts that hold a character its matches can start with. Java's engine tries
 * every position of a text, and at each one every alternative of a pattern such as 上年|去年|往年: a rule's word lists
 * cost microseconds a clause, most of them on clauses holding none of the words. Where every alternative of the regex
 * starts with a plain character (after any lookbehinds, which match no characters), {@link #find} first looks for those
 * characters and tries the pattern only where one stands; any other regex is searched as before.
 */
public final class WordPattern {

    /** Characters that are not a plain literal where an alternative starts. */
    private static final String SYNTAX = "\\[](){}.*+?^$|";
    /** What after a literal makes it optional, so that a match need not start with it. */
    private static final String OPTIONAL = "?*{";

    private final Pattern pattern;
    /** The characters every match starts with; null when the regex is not of that form, and every text is searched. */
    private final CharSet starts;

    private WordPattern(Pattern pattern, String starts) {
        this.pattern = pattern;
        this.starts = starts == null ? null : CharSet.of(starts);
    }

    public static WordPattern compile(String regex) {
        return new WordPattern(Pattern.compile(regex), startsOf(regex));
    }

    public Pattern pattern() {
        return pattern;
    }

    /**
     * {@code pattern().matcher(text).find()}: tried only where a character a match starts with stands, as the engine's own
     * search would find it there (lookbehinds see the text before, as in a search of the whole text).
     */
    public boolean find(CharSequence text) {
        if (starts == null) {
            return pattern.matcher(text).find();
        }
        Matcher matcher = null;
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if (starts.contains(c)) {
                if (matcher == null) {
                    matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                if (matcher.region(at, text.length()).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code pattern().matcher(text).region(from, to).find()}: the region read as a text of its own, as that search reads it. */
    public boolean find(CharSequence text, int from, int to) {
        return find(text.subSequence(from, to));
    }

    /** The characters the regex's matches start with, or null when that cannot be told from its alternatives' first literals. */
    static String startsOf(String regex) {
        List<String> alternatives = regex.contains("\\Q") ? null : alternatives(regex);
        if (alternatives == null) {
            return null; // quoted runs, classes in classes and unclosed groups are not read here
        }
        StringBuilder starts = new StringBuilder();
        for (String alternative : alternatives) {
            int at = afterLookbehinds(alternative);
            if (at < 0 || at >= alternative.length()) {
                return null;
            }
            if (alternative.startsWith("(?:", at)) {
                // a group of words opening the alternative (“(?:未|没有)收取”): its words' first characters, unless it may be skipped
                int close = endOf(alternative, at);
                String inner = close < 0 || close + 1 < alternative.length() && OPTIONAL.indexOf(alternative.charAt(close + 1)) >= 0
                        ? null : startsOf(alternative.substring(at + 3, close));
                if (inner == null) {
                    return null;
                }
                for (char c : inner.toCharArray()) {
                    if (starts.indexOf(String.valueOf(c)) < 0) {
                        starts.append(c);
                    }
                }
                continue;
            }
            char first = alternative.charAt(at);
            if (SYNTAX.indexOf(first) >= 0 || Character.isSurrogate(first)
                    || at + 1 < alternative.length() && OPTIONAL.indexOf(alternative.charAt(at + 1)) >= 0) {
                return null;
            }
            if (starts.indexOf(String.valueOf(first)) < 0) {
                starts.append(first);
            }
        }
        return starts.toString();
    }

    /** The regex's top-level alternatives: split at each | outside groups and character classes; null when one is not closed. */
    private static List<String> alternatives(String regex) {
        List<String> alternatives = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            if (regex.charAt(i) == '|') {
                alternatives.add(regex.substring(start, i));
                start = i + 1;
            } else if ((i = endOf(regex, i)) < 0) {
                return null;
            }
        }
        alternatives.add(regex.substring(start));
        return alternatives;
    }

    /** Where an alternative's first character stands after its leading lookbehinds ((?<!…), (?<=…)); -1 if one is not closed. */
    private static int afterLookbehinds(String alternative) {
        int at = 0;
        while (alternative.startsWith("(?<!", at) || alternative.startsWith("(?<=", at)) {
            int close = endOf(alternative, at);
            if (close < 0) {
                return -1;
            }
            at = close + 1;
        }
        return at;
    }

    /**
     * Where the element at {@code at} ends: an escape at the character it escapes, a class at its ], a group at its ), anything
     * else where it stands; -1 when it is not closed, or is a class holding another.
     */
    private static int endOf(String regex, int at) {
        char c = regex.charAt(at);
        if (c == '\\') {
            return at + 1 < regex.length() ? at + 1 : -1;
        }
        if (c != '[' && c != '(') {
            return at;
        }
        for (int i = at + 1; i < regex.length(); i++) {
            char inside = regex.charAt(i);
            if (c == '[' && inside == ']' || c == '(' && inside == ')') {
                return i;
            }
            if (inside == '\\' || c == '(') {
                i = endOf(regex, i);
            } else if (inside == '[') {
                return -1;
            }
            if (i < 0) {
                return -1;
            }
        }
        return -1;
    }
}
