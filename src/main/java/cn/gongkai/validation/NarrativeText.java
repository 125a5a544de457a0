package cn.gongkai.validation;

/** One block of narrative text: a part's own text or one sub-item ({@code item}, with or without its key), with where it stands. */
record NarrativeText(String section, boolean item, String itemKey, String heading, String text, String pointer) {
}
