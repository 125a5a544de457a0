package cn.gongkai.validation;

import java.util.List;
import java.util.Map;

/**
 * What the rules read from an agency's name (compacted): the place it stands in and that place's level, whether a
 * text names it, whether it is a government at county level or above. One reading for STR_AGENCY_YEAR,
 * TXT_YEAR_SCOPE and STR_DEADLINE.
 */
final class AgencyName {

    /** How a government's name ends (an agency of any other name is a department). */
    private static final List<String> GOVERNMENT_SUFFIXES = List.of("人民政府", "办事处");
    /** Administrative units, the wider the higher. */
    private static final Map<String, Integer> RANK = Map.of("省", 4, "市", 3, "区", 2, "县", 2, "镇", 1, "乡", 1, "街道", 1);
    /** The first characters of the units: a name's other characters are passed over without a look-up. */
    private static final String UNIT_STARTS = RANK.keySet().stream().map(unit -> unit.substring(0, 1)).distinct()
            .collect(java.util.stream.Collectors.joining());

    /** The units of one character, each as the string {@link #RANK} holds: looked up by character, with no string made. */
    private static final String[] SINGLE_UNITS = RANK.keySet().stream().filter(unit -> unit.length() == 1).toArray(String[]::new);
    private static final String SINGLE_UNIT_CHARS = String.join("", SINGLE_UNITS);

    private AgencyName() {
    }

    /** The unit {@code c} is on its own (市, 区, 镇 …), or null. */
    private static String singleUnit(char c) {
        int at = SINGLE_UNIT_CHARS.indexOf(c);
        return at < 0 ? null : SINGLE_UNITS[at];
    }

    /** The level of an administrative unit (省 4 … 镇, 乡, 街道 1). */
    static int rank(String unit) {
        return RANK.get(unit);
    }

    /**
     * 济宁市兖州区漕河镇人民政府 → 镇; 济宁市兖州区教育局 → 区. The name is compacted already. The unit of the last place
     * of the chain the name starts with (each place a name of its own and its unit), not of a word after it:
     * 济宁市兖州区市场监督管理局 is a 区's bureau, though 市场 has a 市.
     */
    static String ownUnit(String compactName) {
        if (compactName == null) {
            return null;
        }
        String name = withoutQualifier(compactName);
        int at = ownPlaceAt(name);
        return at < 0 ? null : name.startsWith("街道", at) ? "街道" : String.valueOf(name.charAt(at));
    }

    /** {@link #ownUnit} of the report's agency, read once a report: the count rules' Area and TXT_YEAR_SCOPE ask. */
    static String ownUnit(ReportSnapshot report) {
        return report.derived("agencyName.ownUnit", snapshot -> ownUnit(snapshot.compactAgencyName()));
    }

    /** {@link #ownPlace} of the report's agency, read once a report likewise. */
    static String ownPlace(ReportSnapshot report) {
        return report.derived("agencyName.ownPlace", snapshot -> ownPlace(snapshot.compactAgencyName()));
    }

    /** Where the unit of the agency's own place (its last place) stands in its name; -1 when the name has none. */
    static int ownPlaceAt(String compactName) {
        return lastPlace(compactName)[1];
    }

    /**
     * The agency's own place as its name writes it (济宁市兖州区漕河镇人民政府 → 漕河镇, …鼓楼街道办事处 → 鼓楼街道), or null: the
     * words a text names the agency's area with.
     */
    static String ownPlace(String compactName) {
        if (compactName == null) {
            return null;
        }
        String name = withoutQualifier(compactName);
        int[] place = lastPlace(name);
        return place[1] < 0 ? null : name.substring(place[0], place[1] + (name.startsWith("街道", place[1]) ? 2 : 1));
    }

    /**
     * The places above the agency's own as its name writes them, nearest first (济宁市兖州区漕河镇人民政府 → 兖州区, 济宁市): the
     * words a township's text names its district or city with.
     */
    static List<String> placesAbove(String compactName) {
        List<String> places = new java.util.ArrayList<>();
        String own = ownPlace(compactName);
        String name = compactName == null ? null : withoutQualifier(compactName);
        while (own != null && name.indexOf(own) > 0) {
            name = name.substring(0, name.indexOf(own));
            own = ownPlace(name);
            if (own != null) {
                places.add(own);
            }
        }
        return places;
    }

    /** Where the agency's own place starts in its name, and where its unit stands; {-1, -1} when the name has none. */
    private static int[] lastPlace(String compactName) {
        String name = compactName;
        for (String suffix : GOVERNMENT_SUFFIXES) {
            name = name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
        }
        int best = -1;
        int bestStart = -1;
        int placeStart = 0;
        for (int i = 1; i < name.length(); i++) {
            if (UNIT_STARTS.indexOf(name.charAt(i)) < 0) {
                continue;
            }
            String unit = name.startsWith("街道", i) ? "街道" : singleUnit(name.charAt(i));
            if (unit == null || i == placeStart || inWord(name, i, unit)) {
                continue;
            }
            best = i;
            bestStart = placeStart;
            placeStart = i + unit.length();
            i = placeStart - 1;
        }
        return new int[] { bestStart, best };
    }

    /** Words with a unit's character that never name a place: 社区, 住房和城乡建设局, 区域. */
    private static final List<String> NOT_PLACES = List.of("社区", "小区", "园区", "超市", "区域", "县域", "城乡");
    /**
     * Words that name no place where they start a department's name after its place (兖州区城市管理局, 济宁市市场监督管理局,
     * 兖州区乡村振兴局), but end a place's own name elsewhere (邹城市, 成都市).
     */
    private static final List<String> NOT_PLACES_AFTER_A_PLACE = List.of("城市", "都市", "市场", "市政", "乡村");

    /** Every character of those words: see {@link #mayBeInWord}. */
    private static final String WORD_CHARACTERS = String.join("", NOT_PLACES) + String.join("", NOT_PLACES_AFTER_A_PLACE);

    /** Whether the unit at {@code at} is inside a word that names no place. */
    private static boolean inWord(String name, int at, String unit) {
        return mayBeInWord(name, at, unit) && inAnyWord(name, at, unit);
    }

    /**
     * False where no word can hold the unit at {@code at}: each word is longer than the unit it holds, so one of its other
     * characters stands right before or right after the unit. Most units of a name (济宁市兖州区) are passed so.
     */
    static boolean mayBeInWord(String name, int at, String unit) {
        int after = at + unit.length();
        return at > 0 && WORD_CHARACTERS.indexOf(name.charAt(at - 1)) >= 0
                || after < name.length() && WORD_CHARACTERS.indexOf(name.charAt(after)) >= 0;
    }

    static boolean inAnyWord(String name, int at, String unit) {
        // loops, not streams: every unit of the name is looked at here, several times a report
        for (String word : NOT_PLACES) {
            int offset = word.indexOf(unit);
            if (offset >= 0 && name.startsWith(word, at - offset)) {
                return true;
            }
        }
        for (String word : NOT_PLACES_AFTER_A_PLACE) {
            int start = at - word.indexOf(unit);
            if (word.contains(unit) && name.startsWith(word, start)
                    && (start == 0 || singleUnit(name.charAt(start - 1)) != null || start >= 2 && name.startsWith("街道", start - 2))) {
                return true;
            }
        }
        return false;
    }

    /** Where a place that may be left out of the name ends: 济宁市|兖州区|漕河镇人民政府. */
    private static final String OUTER_PLACES = "省市区县州盟旗";

    /**
     * Whether a text names the agency: its full name, or the name without the places above it, as titles and preambles
     * shorten it (漕河镇人民政府, 兖州区漕河镇人民政府), as long as a place of its own is left (人民政府 alone names none).
     */
    static boolean names(String text, String name) {
        if (text.contains(name)) {
            return true;
        }
        String plain = withoutQualifier(name);
        if (plain.length() < name.length()) {
            return names(text, plain);
        }
        // 漕河镇政府, 兖州区政府: 人民政府 shortened as titles and preambles do; the places still tell which government
        if (name.endsWith("人民政府") && namesPlaces(text, name.substring(0, name.length() - 4) + "政府")) {
            return true;
        }
        // 鼓楼街道: a 街道办事处 named by its 街道, as 漕河镇政府 by its 镇
        if (name.endsWith("街道办事处") && namesPlaces(text, name.substring(0, name.length() - 3))) {
            return true;
        }
        for (Map.Entry<String, String> shortName : SHORT_NAMES.entrySet()) {
            if (name.contains(shortName.getKey()) && namesPlaces(text, name.replace(shortName.getKey(), shortName.getValue()))) {
                return true;
            }
        }
        return namesPlaces(text, name);
    }

    /** Departments' official short names (兖州区市场监管局), which keep the place that tells whose department it is. */
    private static final Map<String, String> SHORT_NAMES = Map.of("市场监督管理局", "市场监管局", "住房和城乡建设局", "住建局",
            "人力资源和社会保障局", "人社局");

    /**
     * The name, or the name without the places above the agency's own, in the text: 兖州区市场监督管理局 and 漕河镇人民政府,
     * but never without the agency's own place (住房和城乡建设局, 城市管理局 name every district's bureau).
     */
    private static boolean namesPlaces(String text, String name) {
        if (text.contains(name)) {
            return true;
        }
        int own = ownPlaceAt(name);
        for (int i = 0; i < own; i++) {
            // where a place ends, not inside one: 兖州区's 州 would leave “区市场监督管理局”, which another district's bureau contains
            if (OUTER_PLACES.indexOf(name.charAt(i)) >= 0 && OUTER_PLACES.indexOf(name.charAt(i + 1)) < 0) {
                String shorter = name.substring(i + 1);
                if (text.contains(shorter)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The name without a bracketed qualifier at its end (济宁市兖州区人民政府（本级）: the government's own report), folded. */
    static String withoutQualifier(String compactName) {
        int open = compactName.lastIndexOf('(');
        return open > 0 && compactName.endsWith(")") ? compactName.substring(0, open) : compactName;
    }

    private static final java.util.Set<cn.gongkai.agency.AgencyLevel> GOVERNMENT_LEVELS = java.util.EnumSet.of(
            cn.gongkai.agency.AgencyLevel.COUNTY_GOVERNMENT, cn.gongkai.agency.AgencyLevel.CITY_GOVERNMENT,
            cn.gongkai.agency.AgencyLevel.PROVINCE_GOVERNMENT);

    /** A government at county level or above: by its level where given, else by its name (as STR_DEADLINE tells it). */
    static boolean isCountyOrAboveGovernment(cn.gongkai.agency.AgencyLevel level, String compactName) {
        return level != null ? GOVERNMENT_LEVELS.contains(level) : isCountyOrAboveGovernment(compactName);
    }

    /** What a government at county level or above is, in the last character of its place: 县, 区, 市, 州, 盟, 旗, 省. */
    private static final String GOVERNMENT_PLACES = "县区市州盟旗省";

    /**
     * Where the level is not given, a name such as 济宁市兖州区人民政府 is a county government (its 本级政府 report is due
     * by 03-31); a 镇/乡 人民政府, a 办事处 or a department is not.
     */
    static boolean isCountyOrAboveGovernment(String compactName) {
        if (compactName == null) {
            return false;
        }
        String name = withoutQualifier(compactName);
        int at = name.length() - "人民政府".length();
        return name.endsWith("人民政府") && at > 0 && GOVERNMENT_PLACES.indexOf(name.charAt(at - 1)) >= 0;
    }
}
