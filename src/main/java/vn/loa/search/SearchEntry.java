package vn.loa.search;

import java.util.List;

/**
 * One page as search sees it. {@code title}, {@code summary} and {@code date} are shown in the results
 * as written; {@code tags} count with the summary, ahead of the words of its {@code html} body.
 *
 * @param kind what the reader is told the page is ("Bài viết", "Sự kiện", "Chủ đề"...)
 * @param date how the page is dated for readers, or empty
 */
record SearchEntry(String url, String title, String summary, String date, String kind, List<String> tags, String html) {
    SearchEntry {
        summary = summary == null ? "" : summary;
        date = date == null ? "" : date;
        tags = tags == null ? List.of() : List.copyOf(tags);
        html = html == null ? "" : html;
    }
}
