package cn.gongkai.validation;

/** One block of narrative text: a part's own text or one sub-item, with where it stands. */
record NarrativeText(String section, String itemKey, String heading, String text, String pointer) {
}
