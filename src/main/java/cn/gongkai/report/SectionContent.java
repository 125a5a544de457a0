package cn.gongkai.report;

import java.util.List;
import java.util.Map;

/** A section's content after it passed the catalogue's checks: what gets stored. */
record SectionContent(String heading, String text, List<SectionItem> items, Map<String, StoredCell> cellsByKey) {
}
