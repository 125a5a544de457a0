package cn.gongkai.document.source;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gongkai.common.ChineseText;

/**
 * Cleans a line of what extraction adds and the author never wrote (FORMAT.md §9): Word bookmark
 * markers, image placeholders, page numbers, radical look-alikes, stray control characters.
 * Whatever it removes is noted, so the parse report can show it.
 */
public final class Artefacts {

    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");
    private static final Pattern IMAGE = Pattern.compile("\\[image: [^\\]]*\\]");
    /** "- 4 -", "— 12 —", "第 3 页", "第3页 共12页" on a line of their own. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–－]\\s*[0-9０-９]{1,4}\\s*[-—–－]|第\\s*[0-9０-９]{1,4}\\s*页(\\s*[,，/]?\\s*共\\s*[0-9０-９]{1,4}\\s*页)?");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]|[\\u200B\\uFEFF]");

    private Artefacts() {
    }

    /**
     * The line without artefacts, or null when the whole line was one (an image placeholder, a page
     * number). Leading tabs are kept: the text reader reads table cells from them.
     */
    public static String clean(String line, List<String> removed) {
        String cleaned = line;
        if (cleaned.contains("[bookmark: ")) {
            Matcher bookmarks = BOOKMARK.matcher(cleaned);
            while (bookmarks.find()) {
                removed.add("bookmark " + bookmarks.group());
            }
            cleaned = bookmarks.replaceAll("");
        }
        if (cleaned.contains("[image: ")) {
            Matcher images = IMAGE.matcher(cleaned);
            while (images.find()) {
                removed.add("image " + images.group());
            }
            cleaned = images.replaceAll("");
            if (cleaned.isBlank()) {
                return null;
            }
        }
        // a page number stands on a line of its own, never in a table cell
        if (!cleaned.startsWith("\t") && PAGE_NUMBER.matcher(cleaned.strip()).matches()) {
            removed.add("page number " + cleaned.strip());
            return null;
        }
        cleaned = CONTROL.matcher(cleaned).replaceAll("");
        return ChineseText.withoutRadicals(cleaned);
    }

    /** Layout whitespace around text: spaces, ideographic spaces, no-break spaces. */
    public static String strip(String text) {
        return text.replace('\u00A0', ' ').strip();
    }
}
