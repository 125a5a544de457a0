package cn.gongkai.common;

/**
 * A few characters asked about at every character of a text (a word list's first characters, the numerals): a bit test on
 * {@code c % 64} first, which most characters of a text fail, then the search in the few.
 */
public final class CharSet {

    private final String chars;
    private final long bits;

    private CharSet(String chars) {
        long bits = 0;
        for (int i = 0; i < chars.length(); i++) {
            bits |= 1L << chars.charAt(i);
        }
        this.chars = chars;
        this.bits = bits;
    }

    public static CharSet of(String chars) {
        return new CharSet(chars);
    }

    public boolean contains(char c) {
        return (bits >>> c & 1) != 0 && chars.indexOf(c) >= 0;
    }
}
