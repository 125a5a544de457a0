package cn.gongkai.format;

import java.util.regex.Pattern;

import cn.gongkai.common.ChineseText;

/**
 * What reports print in a cell instead of a number to say "not applicable": dashes, slashes, 无,
 * 不适用. One definition for the importer, which reads such cells, and the rules, which report them.
 */
public final class PrintedMarks {

    /** Longest printed form a cell keeps (such as 500元 or —): storage refuses longer, the importer cuts to it. */
    public static final int MAX_LENGTH = 64;

    private static final Pattern NOT_APPLICABLE = Pattern.compile("[-—–―/－／─━_]+|无|不适用");

    private PrintedMarks() {
    }

    /** Whether printed text (in any width, with any spacing) is a not-applicable mark. */
    public static boolean notApplicable(String printed) {
        return printed != null && NOT_APPLICABLE.matcher(ChineseText.compact(printed)).matches();
    }
}
