package cn.gongkai.document.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gongkai.common.ChineseText;

/**
 * Loose label matching (FORMAT.md §4, §9): full-width and half-width forms, stray spaces and line
 * breaks, "1、" for "1.", a character dropped or swapped, and abbreviations of long labels.
 */
final class Labels {

    /** A score from {@link #score} at or above which two labels are taken to be the same. */
    static final double ACCEPT = 0.75;

    private static final Pattern NUMBERING = Pattern.compile("^(\\([一二三四五六七八九十]+\\)|[一二三四五六七八九十]+[、.]|[0-9]+[.、])");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{IsHan}\\p{L}\\p{N}]+");

    private Labels() {
    }

    /** The words of a label, without numbering, punctuation, brackets or spaces. */
    static String words(String label) {
        String folded = ChineseText.compact(label);
        Matcher numbering = NUMBERING.matcher(folded);
        String rest = numbering.find() ? folded.substring(numbering.end()) : folded;
        return NOT_WORD.matcher(rest).replaceAll("");
    }

    /** The numbering of a label ("一", "(三)", "2"), normalised, or "" when it has none. */
    static String numbering(String label) {
        Matcher numbering = NUMBERING.matcher(ChineseText.compact(label));
        return numbering.find() ? numbering.group().replaceAll("[、.]", "") : "";
    }

    /** Numbering and words: equal for labels that are the same once spelling variants are folded away. */
    static String key(String label) {
        return numbering(label) + "|" + words(label);
    }

    /** Whether two labels are the same once spelling variants are folded away. */
    static boolean same(String found, String catalogue) {
        return numbering(found).equals(numbering(catalogue)) && words(found).equals(words(catalogue));
    }

    /**
     * How well a printed label matches a catalogue label: about 1 for the same words, less for a
     * typo, the share of the printed words found in order for an abbreviation, plus a little when the
     * numbering agrees and minus a lot when it disagrees.
     */
    static double score(String found, String catalogue) {
        String a = words(found);
        String b = words(catalogue);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = longestCommonSubsequence(a, b);
        double dice = 2.0 * common / (a.length() + b.length());
        double coverage = a.length() >= 4 ? 0.9 * common / a.length() : 0;
        double text = Math.max(dice, coverage);
        String n1 = numbering(found);
        String n2 = numbering(catalogue);
        if (!n1.isEmpty() && !n2.isEmpty()) {
            text += n1.equals(n2) ? 0.15 : -0.3;
        }
        return text;
    }

    private static int longestCommonSubsequence(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                current[j] = a.charAt(i - 1) == b.charAt(j - 1) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
