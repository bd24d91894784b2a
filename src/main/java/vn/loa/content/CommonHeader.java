package vn.loa.content;

import java.time.LocalDate;
import java.util.List;

/** The header keys every content type shares, checked and typed. */
public record CommonHeader(
    String type,
    boolean draft,
    String title,
    LocalDate date,
    List<String> tags,
    String unit,
    String author,
    String summary,
    String cover,
    String coverAlt,
    boolean featured,
    String slug) {
}
